"""Component scores on the 285 real Greve meetings (FirstAgenda JSON), rendered as users get them.

A benchmark, not a test: it runs the pipeline on whole meetings (about 9,000 words each).

    python benchmarks/greve.py --split dev --limit 30          # 30 meetings of 2022-2023
    python benchmarks/greve.py --split dev --errors 20          # and the unmatched gold rows
    python benchmarks/greve.py --split test                     # 2024: scores only

The gold comes from the publication's own fields, which no one here wrote: `meetings` (body,
date, start time, place), `attendance` (each member of ``Moede.Moededeltagere``, absent when
flagged ``Absent`` or ``ParticipationCancelled``; no role or note), `agenda_items` (number,
title, case number), and this meeting's own decisions: `decision_texts` (each item's
"Beslutning" section, the first section of every item's HTML) and `votes` (its vote lines read
strictly: "For stemte: (V), (A) og Anne Holm (UP)", "Imod: A, C og Ø", "X (Ø) undlod at tage
stilling"; counts without names give none; see corpus/GUIDELINES.md). One field is brought
to the project's convention first: the portal
names the council by its term ("Byråd 2022-2025"), the tables (and all gold in this project)
by the body in the definite form ("Byrådet"), so the gold body drops a trailing term and takes
the definite form of a council's common noun (``--portal-bodies`` scores the names as the
portal writes them). Each meeting is scored in three renderings:

- ``json``: the publication file itself, read by the ``.json`` reader (what ``extract run`` on
  the portal's JSON does);
- ``text``: a plain-text referat in another layout (members one per line under "Til stede" /
  "Fraværende", items as "1. Title", "Sagsnr. ...");
- ``pdf``: the FirstAgenda layout typeset as a PDF (fpdf2, in the test extra) with page
  numbers, read back by the PDF reader.

Meetings of 2022-2023 are for development. **2024 is a blind test set** (issue 21): with
``--split test`` only the component scores are printed, never a meeting's text, rows or errors.
"""

from __future__ import annotations

import argparse
import functools
import json
import logging
import re
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd

import extract
from extract import resources
from extract.evaluation import GoldDoc, evaluate, markdown_table
from extract.paths import shared_dir
from extract.readers import read_bytes, read_html
from extract.readers.firstagenda import is_absent, read_firstagenda
from extract.rules.meeting_facts import definite_body

CORPUS = Path("corpus") / "greve-2022-2024"
SPLITS = {"dev": ("2022", "2023"), "test": ("2024",)}
# <body>_<meeting date>_<first 8 characters of the meeting id>.json (PROVENANCE.txt)
_NAME = re.compile(r"_(\d{4})-(\d{2})-(\d{2})_[0-9a-f]{8}\.json$")
COMPONENT_COLUMNS = ["component", "documents", "gold", "predicted", "matched", "precision",
                     "recall", "f1"]


# --------------------------------------------------------------------------------------------
# meetings and gold
# --------------------------------------------------------------------------------------------


def meeting_files(folder: Path, split: str, *, limit: int | None = None) -> list[Path]:
    """The split's publications in date order; ``limit`` picks that many spread over the split
    (every body and season, not the first weeks of one committee)."""
    years = SPLITS[split]
    files = []
    for path in folder.glob("*.json"):
        match = _NAME.search(path.name)
        if match and match.group(1) in years:
            files.append(("-".join(match.groups()), path.name, path))
    paths = [path for _, _, path in sorted(files)]
    if limit is not None and limit < len(paths):
        paths = [paths[i * len(paths) // limit] for i in range(limit)]
    return paths


def clean(value: Any) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def local_time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None


_TERM = re.compile(r"\s+\d{4}\s*[-–]\s*\d{4}$")


def gold_body(name: str, *, portal: bool = False) -> str:
    """"Byråd 2022-2025" -> "Byrådet" (the body, not its electoral term, in the definite form
    the project's tables write); committees' names stay as they are."""
    name = clean(name)
    return name if portal else definite_body(_TERM.sub("", name))


def gold_tables(meeting: dict[str, Any], *, portal_bodies: bool = False
                ) -> dict[str, list[dict[str, str]]]:
    """The rows a reader of the referat writes down, from the publication's fields."""
    moede = meeting["Moede"]
    start, end = local_time(moede.get("Dato")), local_time(moede.get("MeetingEndUtc"))
    meetings = [{"body": gold_body(meeting["Udvalg"]["Navn"], portal=portal_bodies),
                 "date": start.date().isoformat() if start else "",
                 "start_time": f"{start:%H:%M}" if start else "",
                 "end_time": f"{end:%H:%M}" if end else "",
                 "location": clean(moede.get("Sted"))}]
    attendance = [{"person": clean(m["Name"]), "role": "",
                   "status": "absent" if is_absent(m) else "present", "note": ""}
                  for m in moede.get("Moededeltagere") or [] if clean(m.get("Name"))]
    items = [{"item_no": clean(i.get("Punktnummer")), "title": clean(i.get("Navn")),
              "case_no": clean(i.get("SagsNummer"))} for i in meeting["Dagsordenpunkter"]]
    decision_texts, votes = [], []
    for item in meeting["Dagsordenpunkter"]:
        item_no, text = clean(item.get("Punktnummer")), decision_text(item)
        if text:
            decision_texts.append({"item_no": item_no, "text": text})
            votes += [{"item_no": item_no, "actor": actor, "position": position}
                      for actor, position in vote_rows(text)]
    return {"meetings": meetings, "attendance": attendance, "agenda_items": items,
            "decision_texts": decision_texts, "votes": votes}


# --------------------------------------------------------------------------------------------
# this meeting's decision and votes, from the item's "Beslutning" section
# --------------------------------------------------------------------------------------------

# In every publication the item's own decision is its first section, an <h3>Beslutning</h3>;
# the case history ("Sagens forløb") with the earlier stages' decisions comes after it.
_DECISION = re.compile(r"<h3[^>]*>\s*Beslutning\s*</h3>(.*?)(?=<h\d|\Z)", re.S)


# Who was away for the item, written under the decision: attendance, not decision text.
_ATTENDANCE = re.compile(r"^\s*(?:Fraværende|Afbud|Ikke til stede)\s*:", re.IGNORECASE)


# A decision text saying there was nothing ("Ingen orienteringspunkter.", "Der var intet at
# orientere om."): nothing was decided, so no row (corpus/GUIDELINES.md, decisions).
_NOTHING = re.compile(r"^(?:der var )?(?:ingen|intet)\b[^.]{0,60}\.?$", re.IGNORECASE)


def decision_text(item: dict[str, Any]) -> str:
    """The text of the item's "Beslutning" section without its attendance lines; a closed
    item's field, published without headings, is its decision whole. Empty when the item has
    no decision, or one that says nothing was decided."""
    fields = [field.get("Html") or "" for field in item.get("Felter") or []]
    found = [m.group(1) for m in map(_DECISION.search, fields) if m]
    if not found and fields and not any(re.search(r"<h\d", html) for html in fields):
        found = ["\n".join(fields)]  # a closed item: its decision only
    if not found:
        return ""
    lines = read_html(found[0].encode("utf-8")).split("\n")
    text = clean(" ".join(ln for ln in lines if not _ATTENDANCE.match(ln)))
    return "" if not re.search(r"\w", text) or _NOTHING.match(text) else text


# The vote shapes of the portal's decision texts, read strictly: a list of members (a party
# letter, bracketed or bare; a person's name, with the party after it; a party's name) with
# its label before it ("For stemte:", "Imod:", "Undlod:") or its verb after it ("stemte imod",
# "undlod at tage stilling", "deltog ikke i behandlingen"). A count without names ("med
# stemmerne 19 for og 1 imod") gives no row; a remark ("med bemærkning om, at ...") and a quote
# are not votes.
_PARTY_NAMES = ("Socialdemokratiet", "Venstre", "Enhedslisten", "SF", "Konservative",
                "Dansk Folkeparti", "Radikale Venstre", "Liberal Alliance", "Nye Borgerlige",
                "Moderaterne", "Danmarksdemokraterne", "Alternativet")
_LETTERS = r"[A-ZÆØÅ]{1,3}(?:-\d)?"
_WORD = r"[A-ZÆØÅ][a-zæøå][\w'’-]*"
# "John T. Olsen", "Hans-Jørgen Kirstein"; a first name alone only with its party after it
_PERSON = (rf"{_WORD}(?: (?:[A-ZÆØÅ]\.|{_WORD}))*(?: {_WORD})"
           rf"(?: *\({_LETTERS}\)| fra \({_LETTERS}\))?|{_WORD} *\({_LETTERS}\)")
_MEMBER = rf"(?:\({_LETTERS}\)|(?:{'|'.join(_PARTY_NAMES)})\b|{_PERSON}|{_LETTERS}\b)"
_MEMBERS = rf"{_MEMBER}(?: *(?:,|\bog\b|\bsamt\b) *{_MEMBER})*"
# after a label, also one member a line
_LISTED = rf"{_MEMBER}(?: *(?:,|\bog\b|\bsamt\b) *{_MEMBER}| *\n+ *{_MEMBER})*"
_CLAUSE_START = r"(?:^|(?<=, )|(?<= og )|(?<=: )|(?<=\) ))"
_VOTE = re.compile(
    rf"\b(?P<label>For stemte|Imod stemte|Stemte for|Stemte imod|For|Imod|Undlod|Undlader)"
    rf"\s*:?\s+(?P<listed>{_LISTED})"
    rf"|{_CLAUSE_START}(?P<members>{_MEMBERS})\s+(?P<verb>[Ss]temte for|[Ss]temmer for"
    rf"|[Ss]temte i ?mod|[Ss]temmer i ?mod|[Ss]temte mod|[Ss]temmer mod|undlod|undlader"
    rf"|deltog ikke)\b"
    rf"|erklærede (?P<declared>{_MEMBERS}) for inhabil")
_REMARK = re.compile(r"\s*\bmed (?:bemærkning|et ønske|den begrundelse|henvisning)\b.*")
# a remark that is a quote ends with it: "... med bemærkning om, ”...” (A) undlod at stemme."
_QUOTED_REMARK = re.compile(r"\s*\bmed (?:bemærkning|et ønske|den begrundelse)\b[^”“\".\n]{0,40}"
                            r"[”“\"][^”“\"]*[”“\"]")
_QUOTE = re.compile(r"[”“\"][^”“\"]*[”“\"]")
_SENTENCE_END = re.compile(r"(?<=[a-zæøå0-9)\]])\.\s+(?=[A-ZÆØÅ(])")
# a label or verb's position: its first word that says one
_POSITIONS = {"for": "for", "imod": "against", "mod": "against", "undlod": "abstain",
              "undlader": "abstain", "deltog": "absent"}


def vote_rows(text: str) -> list[tuple[str, str]]:
    """(actor, position) for each member listed in the decision's votes, in text order."""
    rows = []
    for sentence in _SENTENCE_END.split(_QUOTE.sub("", _QUOTED_REMARK.sub("", text))):
        for match in _VOTE.finditer(_REMARK.sub("", sentence)):
            said = match.group("label") or match.group("verb") or "deltog"
            listed = match.group("listed") or match.group("members") or match.group("declared")
            words = said.casefold().replace("i mod", "imod").split()
            position = next(_POSITIONS[w] for w in words if w in _POSITIONS)
            rows += [(actor, position) for actor in _members(listed)]
    return rows


def _members(listed: str) -> list[str]:
    """The actors of a member list: a person's name without its party (from its first given
    name on: "Anbefales Bo Lund" is Bo Lund), a letter without its brackets, a party's name
    as written."""
    actors = []
    for member in re.finditer(_MEMBER, listed):
        value = member.group(0)
        if not value.startswith("("):  # a person's party after the name is not the actor
            value = re.sub(rf" *(?:fra )?\({_LETTERS}\)$", "", value)
        words = value.split()
        if len(words) > 1 and words[0] not in _first_names():
            given = next((k for k, w in enumerate(words) if w.split("-")[0] in _first_names()),
                         None)
            value = " ".join(words[given:]) if given is not None and given < len(words) - 1 \
                else value
        actors.append(value.strip(" ()"))
    return actors


@functools.cache
def _first_names() -> frozenset[str]:
    return frozenset(resources.first_names())


# --------------------------------------------------------------------------------------------
# renderings
# --------------------------------------------------------------------------------------------

_WEEKDAYS = ("Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag", "Søndag")


def render_json(data: bytes, meeting: dict[str, Any]) -> str:
    """The publication through the ``.json`` reader, as ``extract run`` reads it."""
    return read_firstagenda(data)


def render_text(data: bytes, meeting: dict[str, Any]) -> str:
    """A plain-text referat in a layout other than the reader's: labels on lines of their own,
    one member a line, numbered items, "Sagsnr." without a colon, numeric dates."""
    moede = meeting["Moede"]
    start, end = local_time(moede.get("Dato")), local_time(moede.get("MeetingEndUtc"))
    lines = ["REFERAT", "", clean(meeting["Udvalg"]["Navn"]), ""]
    if start:
        lines.append(f"{_WEEKDAYS[start.weekday()]} den {start:%d.%m.%Y}, kl. {start:%H:%M}"
                     + (f"-{end:%H:%M}" if end else ""))
    lines += [clean(moede.get("Sted")), ""]
    members = [m for m in moede.get("Moededeltagere") or [] if clean(m.get("Name"))]
    for label, absent in (("Til stede:", False), ("Fraværende:", True)):
        names = [clean(m["Name"]) for m in members if is_absent(m) == absent]
        if names:
            lines += [label, *names, ""]
    for item in meeting["Dagsordenpunkter"]:
        lines.append(f"{clean(item.get('Punktnummer'))}. {clean(item.get('Navn'))}")
        if clean(item.get("SagsNummer")):
            lines.append(f"Sagsnr. {clean(item.get('SagsNummer'))}")
        lines.append("")
        for field in item.get("Felter") or []:
            if clean(field.get("Navn")):
                lines += [clean(field["Navn"]), ""]
            if field.get("Html"):
                lines += [read_html(field["Html"].encode("utf-8")).strip(), ""]
    return "\n".join(lines).strip() + "\n"


def render_pdf(data: bytes, meeting: dict[str, Any]) -> str:
    """The reader's FirstAgenda layout typeset on A4 (page numbers in the footer), read back by
    the PDF reader."""
    pdf_bytes = typeset(read_firstagenda(data))
    return read_bytes(pdf_bytes, name="referat.pdf", doc_id="referat", source="referat.pdf").text


def typeset(text: str) -> bytes:
    import fpdf  # fpdf2: in the test extra

    class Referat(fpdf.FPDF):
        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("body", size=8)
            self.cell(0, 10, f"Side {self.page_no()}", align="C")

    pdf = Referat(format="A4")
    regular, bold = _fonts()
    pdf.add_font("body", "", regular)
    pdf.add_font("body", "B", bold)
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    headings = {"Beslutning", "Fremstilling", "Sagens forløb"}
    for n, line in enumerate(text.rstrip("\n").split("\n")):
        heading = n == 0 or line.startswith("Punkt ") or line in headings
        pdf.set_font("body", "B" if heading else "", size=13 if n == 0 else 10)
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT", align="L")
    return bytes(pdf.output())


def _fonts() -> tuple[str, str]:
    """DejaVu Sans (shipped with matplotlib): a Unicode font, so every character of the
    minutes can be typeset."""
    import matplotlib

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    return str(folder / "DejaVuSans.ttf"), str(folder / "DejaVuSans-Bold.ttf")


RENDERINGS: dict[str, Callable[[bytes, dict[str, Any]], str]] = {
    "json": render_json, "text": render_text, "pdf": render_pdf}


def gold_docs(paths: list[Path], rendering: str, *, portal_bodies: bool = False
              ) -> list[GoldDoc]:
    render = RENDERINGS[rendering]
    docs = []
    for path in paths:
        data = path.read_bytes()
        meeting = json.loads(data)
        docs.append(GoldDoc(id=path.stem, text=render(data, meeting), source=str(path),
                            spans=[], tables=gold_tables(meeting, portal_bodies=portal_bodies),
                            spans_annotated=False))
    return docs


# --------------------------------------------------------------------------------------------
# running
# --------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=sorted(SPLITS), default="dev",
                        help="dev: meetings of 2022-2023; test: 2024 (blind, scores only)")
    parser.add_argument("--limit", type=int, help="score this many meetings, spread over the "
                        "split (default: all)")
    parser.add_argument("--renderings", default="json,text,pdf",
                        help="comma-separated, of: " + ", ".join(RENDERINGS))
    parser.add_argument("--model", help="pipeline folder (default: extract.load())")
    parser.add_argument("--corpus", type=Path, help="the folder of publications (default: "
                        f"$EXTRACT_SHARED_DIR/{CORPUS})")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="dev only: print up to N unmatched rows per table and rendering")
    parser.add_argument("--portal-bodies", action="store_true",
                        help="score bodies as the portal names them (\"Byråd 2022-2025\")")
    parser.add_argument("--by-document", action="store_true",
                        help="dev only: print each meeting's F1 per component")
    args = parser.parse_args(argv)
    # A warning may quote a document; the blind split shows scores and nothing else.
    logging.basicConfig(level=logging.ERROR if args.split == "test" else logging.WARNING)

    renderings = [r.strip() for r in args.renderings.split(",") if r.strip()]
    unknown = [r for r in renderings if r not in RENDERINGS]
    if unknown:
        parser.error(f"unknown rendering(s) {unknown}; choose from {', '.join(RENDERINGS)}")
    if args.split == "test" and (args.errors or args.by_document):
        parser.error("--errors and --by-document show meetings' rows: dev split only (2024 is "
                     "a blind test set)")
    folder = args.corpus or shared_dir() / CORPUS
    paths = meeting_files(folder, args.split, limit=args.limit)
    if not paths:
        print(f"no {args.split} meetings in {folder} (set EXTRACT_SHARED_DIR)", file=sys.stderr)
        return 1

    nlp = extract.load(args.model)
    print(f"Greve {args.split}: {len(paths)} meetings, model {nlp.meta.get('name')} "
          f"{nlp.meta.get('version')}\n")
    summary: dict[str, pd.Series] = {}
    for rendering in renderings:
        begin = time.perf_counter()
        try:
            docs = gold_docs(paths, rendering, portal_bodies=args.portal_bodies)
        except ImportError as exc:
            print(f"## {rendering}: skipped ({exc})\n")
            continue
        words = sum(len(d.text.split()) for d in docs)
        result = evaluate(docs, nlp=nlp, bootstrap=0)
        seconds = time.perf_counter() - begin
        components = result.components[COMPONENT_COLUMNS]
        summary[rendering] = components.set_index("component")["f1"]
        print(f"## {rendering}: {len(docs)} meetings, {words:,} words, {seconds:.0f} s\n")
        print(markdown_table(components) + "\n")
        if args.errors:
            errors = result.table_errors
            for (table, kind), rows in errors.groupby(["table", "kind"], sort=True):
                print(f"{table} {kind} ({len(rows)}):")
                for row in rows.head(args.errors).itertuples():
                    print(f"  {row.doc_id}: {row.row}")
            print()
        if args.by_document:
            print(markdown_table(result.components_by_doc) + "\n")
    if summary:
        table = pd.DataFrame(summary).reset_index().rename(columns={"index": "component"})
        print("## F1 per component and rendering\n")
        print(markdown_table(table))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
