"""Build the project's own resource files in extract/resources/ from the reference lists.

The reference lists live in the shared material folder (``../shared`` by default, or
``EXTRACT_SHARED_DIR``). Only facts are taken: municipality names, codes and regions, police
districts, title words, and first names borne by at least ``MIN_NAME_BEARERS`` people
(Statistics Denmark 2023, MIT). Run it again when the reference lists change::

    python scripts/build_resources.py
"""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "extract" / "resources"
MIN_NAME_BEARERS = 50  # rarer names add noise (many are also ordinary words) for little recall
# Surnames only vouch for a one-word name a model read as a person; rarer ones are often also
# town names ("Grenaa", "Vejle"), which minutes write alone far more often than a surname.
MIN_SURNAME_BEARERS = 200


def shared_dir() -> Path:
    return Path(os.environ.get("EXTRACT_SHARED_DIR", ROOT.parent / "shared"))


def build_municipalities(ref: Path) -> None:
    rows = list(csv.DictReader(open(ref / "municipalities_dk.csv", encoding="utf-8")))
    out = RESOURCES / "municipalities.csv"
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["code", "name", "full_name", "region_code", "region", "police_district",
                    "variants"])
        for r in rows:
            if r["udenfor_kommuneinddeling"].strip().lower() == "true":
                continue  # Ertholmene is not one of the 98 municipalities
            # A council's name ("Aarhus Byråd", "Borgerrepræsentationen") names a body (ORG),
            # not the municipality, so such variants are left out.
            variants = [v.split("(")[0].strip() for v in r["varianter"].split(";")
                        if v.strip() and "council" not in v and "Byråd" not in v]
            w.writerow([r["kommunekode4"], r["kommune"], r["kommune_fuldt_navn"], r["regionskode"],
                        r["region"], r["politikreds"], ";".join(v for v in variants if v)])
    print(f"wrote {out.relative_to(ROOT)}")


def build_regions(ref: Path) -> None:
    rows = list(csv.DictReader(open(ref / "regions_dk.csv", encoding="utf-8")))
    out = RESOURCES / "regions.csv"
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["code", "name", "short_name", "nuts2"])
        for r in rows:
            w.writerow([r["regionskode"], r["region"], r["kort_navn"], r["nuts2"]])
    print(f"wrote {out.relative_to(ROOT)}")


def build_titles(ref: Path) -> None:
    rows = list(csv.DictReader(open(ref / "roles_titles_da.csv", encoding="utf-8")))
    out = RESOURCES / "titles.csv"
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["title", "definite", "plural", "category"])
        for r in rows:
            w.writerow([r["term"], r["bestemt_ental"], r["flertal"], r["kategori"]])
    print(f"wrote {out.relative_to(ROOT)}")


def names_borne_by(files: list[Path], minimum: int) -> set[str]:
    """Names (title case) of the ``Navn,Antal`` files borne by at least ``minimum`` people."""
    names: set[str] = set()
    for path in files:
        with open(path, encoding="utf-8") as f:
            reader = csv.reader(f)
            next(reader)
            for row in reader:
                if len(row) >= 2 and row[1].strip().isdigit() and int(row[1]) >= minimum:
                    names.add(row[0].strip().title())
    return names


def write_names(name: str, header: str, names: set[str]) -> None:
    out = RESOURCES / name
    out.write_text(f"# {header}\n" + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)} ({len(names)} names)")


def build_first_names(data: Path) -> None:
    files = [data / "names" / f for f in
             ("first_names_2023_men.csv", "first_names_2023_women.csv", "unisex_names.csv")]
    write_names("first_names.txt",
                f"Danish first names borne by >= {MIN_NAME_BEARERS} people"
                " (Statistics Denmark 2023, via DaNLP; MIT)",
                names_borne_by(files, MIN_NAME_BEARERS))


def build_surnames(data: Path, municipalities: set[str]) -> None:
    names = names_borne_by([data / "names" / "last_names_2023.csv"], MIN_SURNAME_BEARERS)
    write_names("surnames.txt",
                f"Danish surnames borne by >= {MIN_SURNAME_BEARERS} people, municipality names"
                " left out (Statistics Denmark 2023, via genda-lens; MIT)",
                {n for n in names if n.isalpha() and n not in municipalities})


def main() -> int:
    shared = shared_dir()
    if not (shared / "reference").is_dir():
        print(f"shared material not found at {shared}; set EXTRACT_SHARED_DIR", file=sys.stderr)
        return 1
    RESOURCES.mkdir(parents=True, exist_ok=True)
    build_municipalities(shared / "reference")
    build_regions(shared / "reference")
    build_titles(shared / "reference")
    build_first_names(shared / "data")
    municipalities = {row["name"] for row in csv.DictReader(
        open(RESOURCES / "municipalities.csv", encoding="utf-8"))}
    build_surnames(shared / "data", municipalities)
    return 0


if __name__ == "__main__":
    sys.exit(main())
