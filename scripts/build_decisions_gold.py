"""Build ``corpus/gold/decisions.jsonl``: decisions and positions on real minutes in ``../shared``.

The minutes are read from the shared folder by path (never copied here). Each decision is
recorded by item number and outcome, with the character offsets of the decision text in the
file; positions by item, actor (a name or party, as written), position and the date of the
meeting where it was taken: positions listed in a case history ("Sagsforløb") carry the date of
that earlier meeting, so they can never be taken for positions of this meeting.

Usage::

    EXTRACT_SHARED_DIR=/path/to/shared python scripts/build_decisions_gold.py
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "corpus" / "gold" / "decisions.jsonl"
SHARED = Path(os.environ.get("EXTRACT_SHARED_DIR", REPO.parent / "shared"))

AARHUS_TU = "corpus/aarhus-2025/text/teknisk_udvalg_referat_2025-10-01.txt"
MEETING = "2025-10-01"
# (item, outcome, first words of the decision text, its last words): offsets are looked up.
TU_DECISIONS = [
    ("1", "noted", "Ingen bemærkninger", "Ingen bemærkninger."),
    ("2", "approved", "Et flertal i udvalget", "behandling af sagen."),
    ("3", "postponed", "Der var foretræde til sagen, hvorefter", "udvalgets spørgsmål."),
    ("4", "noted", "Udvalget blev orienteret", "uge 41."),
    ("5", "other", "Udvalget drøftede og stillede", "i Jægergårdsgade."),
    ("6", "postponed", "Sagen blev udsat uden behandling", "uden behandling."),
]
TU_POSITIONS = [
    ("2", "Jesper Kjeldsen", "for", MEETING),
    ("2", "Steffen Wich", "for", MEETING),
    ("2", "Gert Bjerregaard", "for", MEETING),
    ("2", "Metin Lindved Aydin", "for", MEETING),
    ("2", "Jakob Søgaard Clausen", "reservation", MEETING),
    ("2", "Solveig Munk", "against", MEETING),
    ("2", "Liv Gro Jensen", "absent", MEETING),
    # Sagsforløb of item 2: Magistraten 2 September 2025.
    ("2", "Socialistisk Folkeparti", "reservation", "2025-09-02"),
    ("2", "Venstre", "reservation", "2025-09-02"),
    ("2", "Liberal Alliance", "reservation", "2025-09-02"),
    ("2", "Thure Hastrup", "absent", "2025-09-02"),
    # Sagsforløb of item 3: Magistraten 19 August 2025.
    ("3", "Jesper Kjeldsen", "absent", "2025-08-19"),
]


def _find(text: str, needle: str, start: int = 0) -> int:
    pos = text.find(needle, start)
    if pos < 0:
        sys.exit(f"{needle!r} not found after offset {start}: has the text changed?")
    return pos


def aarhus_tu() -> dict:
    text = (SHARED / AARHUS_TU).read_bytes().decode("utf-8")
    decisions = []
    cursor = 0
    for item, outcome, first, last in TU_DECISIONS:
        start = _find(text, first, cursor)
        end = _find(text, last, start) + len(last)
        decisions.append({"item_no": item, "outcome": outcome, "start": start, "end": end})
        cursor = end
    positions = []
    for item, actor, position, date in TU_POSITIONS:
        _find(text, actor)
        positions.append({"item_no": item, "actor": actor, "position": position, "date": date})
    return {"format": "extract-gold/1", "id": "aarhus_teknisk_udvalg_referat_2025-10-01_decisions",
            "shared_path": AARHUS_TU, "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "tables": {"decisions": decisions, "positions": positions}}


def main() -> None:
    if not (SHARED / AARHUS_TU).exists():
        sys.exit(f"shared folder not found at {SHARED}; set EXTRACT_SHARED_DIR")
    records = [aarhus_tu()]
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                   encoding="utf-8")
    print(f"wrote {OUT} ({len(records)} document(s))")


if __name__ == "__main__":
    main()
