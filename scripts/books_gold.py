"""The machinery of the minute-book gold builders (``scripts/build_books_gold_*.py``): the
meeting, presence and absence records a builder lists, and the search for their offsets.

Issue 17. A builder holds only short anchors (a few opening words, names) into a book of
``../shared/corpus/aarhus-parish-1940-1945``; the books are never copied here.

Anchor language (all searched with any run of whitespace matching any other, so an anchor may
run over a line break or a hyphenated word):

- ``"A"``: a span from where ``A`` starts to the end of its paragraph (the next blank line);
- ``"=A"``: exactly the text ``A`` matches;
- ``"A || B"``: from where ``A`` starts to the end of the first ``B`` after ``A``;
- a suffix ``#n`` on ``A`` takes its n-th occurrence (1-based) instead of demanding one.

Meetings are found in text order (the n-th occurrence of the opening anchor after the previous
meeting's start; ``None`` for a book that starts inside a meeting: start 0). Matter headings must
be unique in their meeting (or indexed) and in text order; a decision is the first match after
its heading and must end before the next heading starts (``None``: -1; ``"SAME"``: the heading's
span, where the heading itself states what was decided). Attendance rows name the person as
written; without an anchor a present member's mention is his last in the meeting, which must lie
after every matter (the closing signatures), and an absent member's his first, which must lie
before the first matter (the opening); an explicit anchor (an "Alle Medlemmer ..." statement) must
also lie before the first matter. Roles come from the electing meeting on (a single office
passes to the next holder elected; an empty name ends it). Every check raises.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("EXTRACT_SHARED_DIR", REPO.parent / "shared"))
BOOKS = "corpus/aarhus-parish-1940-1945"


SINGLE = {"formand", "næstformand", "kasserer", "sognefoged"}  # one holder at a time


class GoldError(Exception):
    pass


def M(anchor, date, att, matters, actions=(), fragment=False, nth=1):  # noqa: N802
    """One meeting: opening anchor, ISO date, attendance, matters, actions."""
    return {"anchor": anchor, "date": date, "att": att, "matters": matters,
            "actions": list(actions), "fragment": fragment, "nth": nth}


def P(*people, anchor=None):  # noqa: N802
    """Present rows (people as written)."""
    return [(p, "present", anchor) for p in people]


def A(*people, anchor=None):  # noqa: N802
    """Absent rows."""
    return [(p, "absent", anchor) for p in people]


# --------------------------------------------------------------------------------------------
def pattern(anchor: str) -> re.Pattern[str]:
    return re.compile(r"\s+".join(re.escape(w) for w in anchor.split()))


def split_index(anchor: str) -> tuple[str, int | None]:
    m = re.search(r"#(\d+)$", anchor)
    return (anchor[: m.start()], int(m.group(1))) if m else (anchor, None)


class Book:
    def __init__(self, filename: str, text: str) -> None:
        self.filename, self.text = filename, text

    def fail(self, msg: str) -> GoldError:
        return GoldError(f"{self.filename}: {msg}")

    def find(self, anchor: str, lo: int, hi: int, unique: bool) -> re.Match[str]:
        """The anchor's match in text[lo:hi]: its #n-th, else the first (the only one if unique)."""
        plain, nth = split_index(anchor)
        hits = list(pattern(plain).finditer(self.text, lo, hi))
        if not hits:
            raise self.fail(f"anchor {plain!r} not found in [{lo}, {hi})")
        if nth is not None:
            if nth > len(hits):
                raise self.fail(f"anchor {plain!r} has {len(hits)} < {nth} occurrences")
            return hits[nth - 1]
        if unique and len(hits) > 1:
            raise self.fail(f"anchor {plain!r} occurs {len(hits)} times in [{lo}, {hi})")
        return hits[0]

    def paragraph_end(self, pos: int, hi: int) -> int:
        m = re.compile(r"\n[ \t]*\n").search(self.text, pos, hi)
        end = m.start() if m else hi
        while end > pos and self.text[end - 1].isspace():
            end -= 1
        return end

    def span(self, spec: str, lo: int, hi: int, unique: bool) -> tuple[int, int]:
        """Resolve a span spec (see the module docstring) inside text[lo:hi]."""
        if " || " in spec:
            a, b = spec.split(" || ")
            ma = self.find(a.lstrip("="), lo, hi, unique)
            mb = self.find(b, ma.end(), hi, False)
            return ma.start(), mb.end()
        if spec.startswith("="):
            m = self.find(spec[1:], lo, hi, unique)
            return m.start(), m.end()
        m = self.find(spec, lo, hi, unique)
        return m.start(), self.paragraph_end(m.start(), hi)


def build(filename: str, meetings: list[dict], names: dict[str, str],
          roles: list[tuple[int, str, str]]) -> dict:
    rel = f"{BOOKS}/{filename}"
    text = (SHARED / rel).read_bytes().decode("utf-8")
    book = Book(filename, text)
    starts, cursor = [], 0
    for m in meetings:
        if m["anchor"] is None:
            if starts:
                raise book.fail("only the first meeting may start at 0")
            starts.append(0)
            continue
        hits = list(pattern(m["anchor"]).finditer(text, cursor))
        if len(hits) < m["nth"]:
            raise book.fail(f"opening {m['anchor']!r} not found after {cursor}")
        pos = hits[m["nth"] - 1].start()
        if not (pos == 0 or text[pos - 1] == "\n"):
            raise book.fail(f"opening {m['anchor']!r} does not begin a line")
        starts.append(pos)
        cursor = pos + 1
    held: dict[str, str] = {}
    out = []
    for k, (m, start) in enumerate(zip(meetings, starts, strict=True)):
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        for idx, name, office in roles:
            if idx == k:
                if office in SINGLE or not name:
                    for other in [n for n, o in held.items() if o == office]:
                        del held[other]
                if name:
                    held[name] = office
        nl = text.find("\n", start, end)
        opening_end = nl if nl >= 0 else end
        where = f"meeting {k + 1} ({m['anchor']!r})"
        # Matters: headings unique in the meeting, in order; decisions before the next heading.
        heads = []
        for head, _ in m["matters"]:
            s, e = book.span(head, start, end, True)
            if heads and s <= heads[-1][0]:
                raise book.fail(f"{where}: matter {head!r} out of order")
            heads.append((s, e))
        matters, body_end = [], opening_end
        for j, ((head, dec), (s, e)) in enumerate(zip(m["matters"], heads, strict=True)):
            nxt = heads[j + 1][0] if j + 1 < len(heads) else end
            if e > nxt:
                raise book.fail(f"{where}: matter {head!r} runs into the next")
            if dec is None:
                ds, de = -1, -1
            elif dec == "SAME":
                ds, de = s, e
            else:
                ds, de = book.span(dec, s, end, False)
                if ds < s or de > nxt:
                    raise book.fail(f"{where}: decision {dec!r} of {head!r} runs past the next")
            body_end = max(body_end, e, de)
            matters.append({"start": s, "end": e, "decision_start": ds, "decision_end": de})
        first_matter = heads[0][0] if heads else end
        rows, seen = [], set()
        for person, status, anchor in m["att"]:
            if person not in names:
                raise book.fail(f"{where}: {person!r} has no resolved name")
            name = names[person]
            if name in seen:
                raise book.fail(f"{where}: two rows for {name!r}")
            seen.add(name)
            if anchor is not None:
                s, e = book.span(anchor, start, end, True)
                if s >= first_matter:
                    raise book.fail(f"{where}: statement {anchor!r} not in the opening")
            else:
                hits = list(pattern(person).finditer(text, start, end))
                if not hits:
                    raise book.fail(f"{where}: {person!r} not found")
                hit = hits[-1] if status == "present" else hits[0]
                s, e = hit.start(), hit.end()
                if status == "present" and s < body_end:
                    raise book.fail(f"{where}: signature {person!r} not after the matters")
                if status == "absent" and s >= first_matter:
                    raise book.fail(f"{where}: absent {person!r} not in the opening")
            rows.append({"person": person, "name": name, "role": held.get(name, ""),
                         "status": status, "start": s, "end": e})
        actions = []
        for actor, verb, deadline, sent, vp in m["actions"]:
            s, e = book.span(sent, start, end, True)
            vs, ve = book.span(vp, s, e, False)
            if not (s <= vs < ve <= e):
                raise book.fail(f"{where}: verb phrase {vp!r} outside its sentence")
            if deadline and not re.fullmatch(r"\d{4}-\d\d-\d\d", deadline):
                raise book.fail(f"{where}: bad deadline {deadline!r}")
            actions.append({"actor": actor, "verb": verb, "deadline": deadline,
                            "start_char": s, "end_char": e, "action_start": vs, "action_end": ve})
        if m["date"] and not re.fullmatch(r"\d{4}-\d\d-\d\d", m["date"]):
            raise book.fail(f"{where}: bad date {m['date']!r}")
        out.append({"start": start, "end": end, "opening_end": opening_end, "date": m["date"],
                    "fragment": m["fragment"], "attendance": rows, "matters": matters,
                    "actions": actions})
    if out and out[-1]["end"] != len(text):
        raise book.fail("last meeting does not end at the text's end")
    return {"format": "extract-gold/1", "id": f"books/{Path(filename).stem}",
            "shared_path": rel, "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "split": "dev", "minute_book": {"meetings": out}}


def absence_record(statement: str, people: tuple[str, ...], members: tuple[str, ...],
                   names: dict[str, str]) -> list:
    """Rows of an unsigned meeting's "Fraværende var X" opening, a full record by the guidelines:
    X absent (at his name), the other ``members`` present (at the statement)."""
    gone = {names[p] for p in people}
    return A(*people) + P(*[p for p in members if names[p] not in gone], anchor=statement)


def build_late(filename: str, meetings: list[dict], names: dict[str, str],
               roles: list[tuple[int, str, str]]) -> dict:
    """:func:`build` for a book whose OCR puts decisions out of order (two columns read into
    one): a decision written ``"~A"`` is searched anywhere in its meeting, then checked to lie
    after the previous matter's heading, before the next heading after it and in no heading."""
    late: list[tuple[int, int, str]] = []
    plain = []
    for k, m in enumerate(meetings):
        matters = []
        for j, (head, dec) in enumerate(m["matters"]):
            if isinstance(dec, str) and dec.startswith("~"):
                late.append((k, j, dec[1:]))
                dec = None
            matters.append((head, dec))
        plain.append({**m, "matters": matters})
    record = build(filename, plain, names, roles)
    book = Book(filename, (SHARED / BOOKS / filename).read_bytes().decode("utf-8"))
    built = record["minute_book"]["meetings"]
    for k, j, spec in late:
        out = built[k]
        where = f"meeting {k + 1} ({meetings[k]['anchor']!r})"
        head = meetings[k]["matters"][j][0]
        ds, de = book.span(spec, out["start"], out["end"], True)
        lo = out["matters"][j - 1]["start"] if j > 0 else out["start"]
        hi = min([x["start"] for x in out["matters"] if x["start"] > ds] + [out["end"]])
        inside = any(x["start"] <= ds < x["end"] or x["start"] < de <= x["end"]
                     for x in out["matters"])
        if not (lo < ds and de <= hi) or inside:
            raise book.fail(f"{where}: decision {spec!r} of {head!r} not between its neighbours")
        out["matters"][j]["decision_start"], out["matters"][j]["decision_end"] = ds, de
    return record


def main(books_gold: list, out: Path, builder=None) -> None:
    """Build every book of ``books_gold`` into ``out``: each entry holds the arguments of
    ``builder`` (default :func:`build`: file, meetings, names, roles)."""
    if not (SHARED / BOOKS).is_dir():
        raise SystemExit(f"shared folder not found at {SHARED}; set EXTRACT_SHARED_DIR")
    records = [(builder or build)(*book) for book in books_gold]
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                   encoding="utf-8")
    for r in records:
        ms = r["minute_book"]["meetings"]
        print(f"{r['id']}: {len(ms)} meetings, "
              f"{sum(len(m['attendance']) for m in ms)} attendance rows, "
              f"{sum(len(m['matters']) for m in ms)} matters, "
              f"{sum(len(m['actions']) for m in ms)} actions, "
              f"{sum(m['fragment'] for m in ms)} fragments")
    print(f"wrote {out}")
