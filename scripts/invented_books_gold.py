"""The anchor machinery the builders of the invented minute books' gold share
(``scripts/build_books_invented_3_gold.py``, ``_4_gold.py``): anchors into a book's text, the
body of members a book's meetings record, and the shapes of an action item.

Every anchor is a short string of the book's own text; a missing or repeated one raises
:class:`AnchorError`.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
from pathlib import Path


class AnchorError(ValueError):
    pass


def find_one(text: str, anchor: str, lo: int, hi: int, what: str) -> int:
    """The offset of the single occurrence of anchor in text[lo:hi]."""
    i = text.find(anchor, lo, hi)
    if i < 0 or i + len(anchor) > hi:
        raise AnchorError(f"{what}: anchor {anchor!r} not found in [{lo}, {hi})")
    if text.find(anchor, i + 1, hi) >= 0:
        raise AnchorError(f"{what}: anchor {anchor!r} not unique in [{lo}, {hi})")
    return i


def paragraph_end(text: str, i: int, hi: int) -> int:
    j = text.find("\n\n", i, hi)
    return hi if j < 0 else j


def clean(text: str, a: int, b: int, what: str) -> tuple[int, int]:
    frag = text[a:b]
    if not frag or frag != frag.strip():
        raise AnchorError(f"{what}: span {frag!r} is empty or has outer whitespace")
    return a, b


def span(text: str, a: str, b: str, lo: int, hi: int, what: str) -> tuple[int, int]:
    """From the start of anchor a (once in [lo, hi)) to the end of anchor b (once in the rest
    of a's paragraph)."""
    s = find_one(text, a, lo, hi, what)
    if b == a:
        return clean(text, s, s + len(a), what)
    pe = paragraph_end(text, s, hi)
    e = find_one(text, b, s, pe, what)
    return clean(text, s, e + len(b), what)


def mention(text: str, anchor: str, sub: str | None, lo: int, hi: int, what: str):
    s = find_one(text, anchor, lo, hi, what)
    if sub is None:
        return clean(text, s, s + len(anchor), what)
    k = anchor.find(sub)
    if k < 0 or anchor.find(sub, k + 1) >= 0:
        raise AnchorError(f"{what}: {sub!r} not once in anchor {anchor!r}")
    return clean(text, s + k, s + k + len(sub), what)


# ---------------------------------------------------------------- helpers for the tables
#
# attendance entries:
#   ("sig", anchor, sub, name, role)            present, mention = sub inside anchor (or anchor)
#   ("abs", anchor, sub, name, role)            absent, mention as above
#   ("stmt", person, name, role)                present, mention = the meeting's statement
# matters: (m_from, m_to, d_from, d_to) with d_from None for no decision
# actions: (actor, verb, deadline, s_from, s_to, a_from, a_to)


class Body:
    """The members of a body: key -> (resolved name, role)."""

    def __init__(self, members: dict[str, tuple[str, str]], own: list[str]):
        self.members = members
        self.own = own  # the keys of the body whose book it is

    def name(self, key: str) -> str:
        return self.members[key][0]

    def role(self, key: str) -> str:
        return self.members[key][1]

    def sig(self, anchor: str, key: str, sub: str | None = None):
        return ("sig", anchor, sub, self.name(key), self.role(key))

    def ab(self, anchor: str, key: str, sub: str | None = None):
        return ("abs", anchor, sub, self.name(key), self.role(key))

    def col(self, *items: str):
        """Signatures one per line: items "written=KEY"."""
        rows = []
        for item in items:
            written, key = item.rsplit("=", 1)
            rows.append(self.sig("\n" + written + "\n", key, sub=written))
        return rows

    def grid(self, line: str, *keys: str):
        """Signatures side by side on one line (columns parted by two or more spaces)."""
        written = re.split(r"\s{2,}", line.strip())
        if len(written) != len(keys):
            raise AnchorError(f"grid {line!r}: {len(written)} names, {len(keys)} keys")
        return [self.sig(line, key, sub=w) for w, key in zip(written, keys, strict=True)]

    def stmt(self, *keys: str):
        return [("stmt", self.name(k), self.name(k), self.role(k)) for k in keys]


def same(s: str) -> tuple[str, str, str, str]:
    """A matter whose sentence is also its decision."""
    return (s, s, s, s)


def referral(actor: str, verb: str, phrase: str, sentence: str | None = None):
    """An action item whose sentence is a bare referral ("Henvistes til Vejudvalget.")."""
    sentence = sentence or phrase + "."
    return (actor, verb, "", sentence, sentence, phrase, phrase)


WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def build_book(books: Path, name: str, body: Body, specs: list[dict], years: set[int],
               show: bool = False) -> dict:
    path = books / f"{name}.txt"
    text = path.read_text(encoding="utf-8")
    starts = []
    for k, m in enumerate(specs):
        if m["start"] is None:
            if k != 0 or not m.get("fragment"):
                raise AnchorError(f"{name}: only a first fragment meeting may start at 0")
            starts.append(0)
            continue
        s = find_one(text, m["start"], 0, len(text), f"{name} meeting {k + 1} start")
        if s and text[s - 1] != "\n":
            raise AnchorError(f"{name} meeting {k + 1}: start anchor not at a line start")
        starts.append(s)
    if starts != sorted(starts) or len(set(starts)) != len(starts):
        raise AnchorError(f"{name}: meetings out of text order: {starts}")
    meetings = []
    last_date = None
    for k, m in enumerate(specs):
        what = f"{name} meeting {k + 1}"
        lo = starts[k]
        hi = starts[k + 1] if k + 1 < len(starts) else len(text)
        op = find_one(text, m["opening"], lo, hi, what + " opening") if "opening" in m else lo
        if op != lo and text[op - 1] != "\n":
            raise AnchorError(f"{what}: opening anchor not at a line start")
        nl = text.find("\n", op, hi)
        opening_end = hi if nl < 0 else nl
        if m["date"]:
            d = datetime.date.fromisoformat(m["date"])
            if d.year not in years:
                raise AnchorError(f"{what}: date {m['date']} not in the book's years")
            if last_date is not None and d < last_date:
                raise AnchorError(f"{what}: date {m['date']} before the meeting before")
            if "weekday" in m and WEEKDAYS[d.weekday()] != m["weekday"]:
                raise AnchorError(f"{what}: {m['date']} is no {m['weekday']}")
            last_date = d
        elif not (m.get("fragment") or m.get("undated")):
            raise AnchorError(f"{what}: only a fragment or an undated meeting lacks a date")
        stmt = None
        if "statement" in m:
            stmt = span(text, *m["statement"], lo, hi, what + " statement")
        attendance = []
        for row in m["attendance"]:
            if row[0] == "stmt":
                _, person, nm, role = row
                if stmt is None:
                    raise AnchorError(f"{what}: statement row without a statement")
                a, b = stmt
                status = "present"
            else:
                kind, anchor, sub, nm, role = row
                a, b = mention(text, anchor, sub, lo, hi, what + " attendance")
                person = text[a:b]
                status = "present" if kind == "sig" else "absent"
            attendance.append({"person": person, "name": nm, "role": role, "status": status,
                               "start": a, "end": b})
        names = [r["name"] for r in attendance]
        if len(names) != len(set(names)):
            raise AnchorError(f"{what}: a member has two attendance rows")
        missing = {body.name(key) for key in body.own} - set(names)
        if missing:
            raise AnchorError(f"{what}: no attendance row for {sorted(missing)}")
        matters = []
        for mf, mt, df, dt in m["matters"]:
            ms, me = span(text, mf, mt, lo, hi, what + " matter")
            if df is None:
                ds, de = -1, -1
            else:
                # once in the matter's paragraph, else once in the rest of the meeting
                pe = paragraph_end(text, ms, hi)
                region = pe if text.find(df, ms, pe) >= 0 else hi
                ds, de = span(text, df, dt, ms, region, what + " decision")
            matters.append({"start": ms, "end": me, "decision_start": ds, "decision_end": de})
        actions = []
        for actor, verb, deadline, sf, stt, af, at in m["actions"]:
            ss, se = span(text, sf, stt, lo, hi, what + " action sentence")
            a_s = find_one(text, af, ss, se, what + " action verb phrase")
            a_e = a_s + len(af) if at == af else (
                find_one(text, at, a_s, se, what + " action verb phrase end") + len(at))
            clean(text, a_s, a_e, what + " action verb phrase")
            if deadline:
                dl = datetime.date.fromisoformat(deadline)
                if m["date"] and dl < datetime.date.fromisoformat(m["date"]):
                    raise AnchorError(f"{what}: deadline {deadline} before the meeting")
            actions.append({"actor": actor, "verb": verb, "deadline": deadline,
                            "start_char": ss, "end_char": se,
                            "action_start": a_s, "action_end": a_e})
        meetings.append({
            "start": lo, "end": hi, "opening_end": opening_end, "date": m["date"],
            "fragment": bool(m.get("fragment", False)),
            "attendance": attendance, "matters": matters, "actions": actions,
        })
        if show:
            show_meeting(text, what, meetings[-1])
    return {
        "format": "extract-gold/1",
        "id": f"invented{books.name.rsplit('_', 1)[-1]}/{name}",
        "path": f"../{books.name}/{name}.txt",
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "split": "test",
        "minute_book": {"meetings": meetings},
    }


def show_meeting(text: str, what: str, m: dict) -> None:
    def q(a, b):
        return repr(text[a:b]) if a >= 0 else "-"

    print(f"== {what} [{m['start']}:{m['end']}] date={m['date']!r} fragment={m['fragment']}")
    print("   opening:", q(m["start"], m["opening_end"]))
    for r in m["attendance"]:
        print(f"   {r['status']:7} {r['name']:<20} {r['role']:<12} {q(r['start'], r['end'])}")
    for r in m["matters"]:
        decision = q(r["decision_start"], r["decision_end"])
        print("   matter:", q(r["start"], r["end"]), "->", decision)
    for r in m["actions"]:
        print(f"   action: {r['actor']} / {r['verb']} / {r['deadline'] or '-'}:",
              q(r["action_start"], r["action_end"]))
        print("           in", q(r["start_char"], r["end_char"]))


def write_gold(root: Path, out: Path, records: list[dict]) -> None:
    """Write the records to ``out`` and print what each book holds."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    for rec in records:
        ms = rec["minute_book"]["meetings"]
        print(f"{rec['id']}: {len(ms)} meetings, {sum(1 for m in ms if m['date'])} dated, "
              f"{sum(len(m['attendance']) for m in ms)} attendance rows, "
              f"{sum(len(m['matters']) for m in ms)} matters, "
              f"{sum(len(m['actions']) for m in ms)} actions")
    print(f"wrote {out.relative_to(root)}")
