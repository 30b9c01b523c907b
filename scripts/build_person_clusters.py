"""Write corpus/gold/resolution/person_clusters.jsonl: gold person clusters over the sample
minutes and four parish minute books in ../shared (shared_path + offsets, never copied).

The judgement lives in this file: which written forms in a book are the same person
(``PARISH``), read from the signatures of each meeting (a member signs in the same slot in
every meeting). Mentions are the attendance spans of corpus/gold/parish.jsonl and, in the
samples, every occurrence of a member's name from corpus/gold/samples.jsonl (genitive
included) plus the surname-only and initial forms listed in ``SAMPLE_EXTRA``.

    .venv/bin/python scripts/build_person_clusters.py
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "corpus" / "gold"

# book -> person -> the forms written for them in the book's signatures and attendance lists.
# Forms that could be one of two members (J. P. vs S. P. Mathiesen) are judged separate people.
PARISH = {
    "parish/Elsted_1942": {
        "valdemar-buttenschoen": ["ValdButtenschøn"],
        "o-spliid": ["OSpliid"],
        "aage-jensen": ["AageJensen"],
        "j-p-jensen": ["JPJensen"],
        "s-p-soerensen": ["P.Sørensen", "S.P.Sørensen", "P. Sørensen", "S. P. Sørensen"],
    },
    "parish/Sabro-Faarup_1940_(væsentlig_støj)": {
        "alfred-andersen": ["Alfr. Andersen", "Alf. Andersen"],
        "axel-nielsen": ["Axel Nielsen", "AxelNielsen"],
        "valdemar-madsen": ["Valdemar Madsen", "V. Madsen"],
        "soeren-p-mathiesen": ["Søren P. Mathiesen", "S. P. Mathiesen", "S. P. Matiesen"],
        "j-p-mathiesen": ["J. P. Mathiesen"],
        "m-p-nielsen": ["M. P. Nielsen", "M. Nielsen"],
        "carl-rasmussen": ["Carl Rasmussen", "Carl Rasmusen"],
        "rich-rasmussen": ["Rich. Rasmussen", "Rich Rasmussen"],
    },
    "parish/Hjortshøj-Egaa_1941": {
        "aksel-boejesen": ["Aksel Bøjesen", "A. Bøjesen"],
        "johs-grosen": ["Joh Grosen", "Joh. Grosen", "Johs. Grosen"],
        "julius-junker": ["Julius Junker", "J. Junker"],
        "chr-joergensen": ["Chr. Jørgensen"],
        "ingv-joergensen": ["I. Jørgensen", "Ingv. Jørgensen"],
        "k-m-laursen": ["K. M. Laursen"],
        "jens-terp-laursen": ["Jens Terp Laursen", "Jens Terp. Laursen", "Terp Laursen"],
        "rs-svenningsen": ["Rs. Svenningsen"],
        "r-helbo-soerensen": ["R. Helbo Sørensen"],
    },
    "parish/Trige_1944": {
        "jens-jensen": ["Jens Jensen"],
        "arnold-jensen": ["A Jensen", "Arnold Jensen"],
        "johs-kirkegaard": ["Johs Kirkegaard"],
        "karl-nielsen": ["K Nielsen", "Karl Nielsen"],
        "a-overgaard": ["A Overgaaard", "A Overgaard", "A. Overgaard"],
        "ingemann-pedersen": ["Ingemann Pedersen", "I Pedersen", "I. Pedersen"],
        "j-pedersen": ["J Pedersen"],
        "r-n-rasmussen": ["RN Rasmussen", "RN Rasmusssen"],
        "b-rasmussen": ["B Rasmussen"],
        "e-soerensen": ["E. Sørensen", "E Sørensen"],
        "peter-soerensen": ["Peter Sørensen"],
    },
}
# sample doc -> (form as written, the member's full name): short forms of a member
SAMPLE_EXTRA = {
    "byraad_randers_1891-03-05": [("Thomsen", "N. Thomsen"), ("Dahl", "A. Dahl")],
}


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9æøå]+", "-", name.lower()).strip("-")


def parish_rows() -> list[dict]:
    rows = []
    for line in (GOLD / "parish.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        people = PARISH.get(rec["id"])
        if not people:
            continue
        form_to_person = {f: p for p, forms in people.items() for f in forms}
        book = rec["id"].split("/", 1)[1].split("_", 1)[0]
        for meeting in rec["minute_book"]["meetings"]:
            for a in meeting.get("attendance", []):
                person = form_to_person[a["person"]]  # KeyError: a form not judged yet
                rows.append({"format": "extract-person-clusters/1", "doc_id": rec["id"],
                             "shared_path": rec["shared_path"], "sha256": rec["sha256"],
                             "start": a["start"], "end": a["end"], "name": a["person"],
                             "cluster": f"{book}/{person}"})
    return rows


def sample_rows() -> list[dict]:
    rows = []
    for line in (GOLD / "samples.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        path = (GOLD / rec["path"]).resolve()
        text = path.read_text(encoding="utf-8")
        names = {a["person"] for a in rec.get("tables", {}).get("attendance", [])}
        forms = [(n, n) for n in names] + [(n + "s", n) for n in names]
        forms += SAMPLE_EXTRA.get(rec["id"], [])
        taken: list[tuple[int, int]] = []
        for form, name in sorted(forms, key=lambda f: -len(f[0])):
            for m in re.finditer(rf"(?<![\w.-]){re.escape(form)}(?![\w-])", text):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                rows.append({"format": "extract-person-clusters/1", "doc_id": rec["id"],
                             "path": "../../samples/" + path.name, "sha256": _sha(text),
                             "start": m.start(), "end": m.end(), "name": form,
                             "cluster": f"samples/{_slug(name)}"})
    return rows


def main() -> None:
    rows = sample_rows() + parish_rows()
    rows.sort(key=lambda r: (r["doc_id"], r["start"]))
    out = GOLD / "resolution" / "person_clusters.jsonl"
    out.parent.mkdir(exist_ok=True)
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                   encoding="utf-8")
    clusters = {r["cluster"] for r in rows}
    print(f"{len(rows)} mentions of {len(clusters)} people written to {out}")


if __name__ == "__main__":
    main()
