"""FirstAgenda publication JSON: one meeting as the text of the referat a portal user reads.

FirstAgenda is the agenda system behind the minutes portals of many Danish municipalities; its
publication API serves one JSON object per meeting: ``Udvalg`` (the body), ``Moede`` (date,
place, members with their absence flags) and ``Dagsordenpunkter`` (the agenda items, each with
its number, title, case number and its text as HTML in ``Felter``). The reader lays these out
as a FirstAgenda referat page::

    Referat – Økonomiudvalget
    Mødedato: mandag den 6. marts 2023 kl. 19.00
    Mødested: Byrådssalen
    Deltagere: Anne Holm, Bo Lund
    Afbud: Carl Berg

    Punkt 1: Godkendelse af dagsorden
    Sagsnr.: 23-001234

    Beslutning

    Dagsordenen blev godkendt.

Each item's HTML becomes text as the HTML reader makes it (one line per block element), so its
headings ("Beslutning", "Fremstilling" with its sections, "Sagens forløb") stay lines of their
own, in the order the publication gives them.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from ..errors import InputError
from .html import read_html
from .text import decode

# The keys that make a JSON object a FirstAgenda meeting publication.
SHAPE = ("Udvalg", "Moede", "Dagsordenpunkter")
_EXPECTED = ("the .json reader reads FirstAgenda meeting publications: an object with the keys "
             + ", ".join(SHAPE) + " (as a FirstAgenda minutes portal serves them)")
_WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
_MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
           "oktober", "november", "december")


def read_firstagenda(data: bytes) -> str:
    """The text of a FirstAgenda meeting publication, laid out as its referat page.

    Raises:
        InputError: the bytes are not text, not JSON, or JSON of another shape.
    """
    meeting = _publication(data)
    parts = ["\n".join(_header(meeting))]
    for item in meeting["Dagsordenpunkter"]:
        if isinstance(item, dict):
            parts.append(_item(item))
    return "\n\n".join(p for p in parts if p) + "\n"


def _publication(data: bytes) -> dict[str, Any]:
    """The parsed meeting, after checking it has the shape of a FirstAgenda publication."""
    try:
        value = json.loads(decode(data))
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON ({exc.msg} at line {exc.lineno}, column "
                         f"{exc.colno}); {_EXPECTED}") from exc
    if not (isinstance(value, dict) and all(key in value for key in SHAPE)
            and isinstance(value["Moede"], dict)
            and isinstance(value["Dagsordenpunkter"], list)):
        raise InputError(f"JSON that is not a FirstAgenda publication: {_describe(value)}; "
                         f"{_EXPECTED}")
    return value


def _describe(value: Any) -> str:
    if isinstance(value, dict):
        keys = list(value)
        shown = ", ".join(str(k) for k in keys[:6]) + (", ..." if len(keys) > 6 else "")
        return f"an object with the keys {shown}" if keys else "an empty object"
    if isinstance(value, list):
        return f"an array of {len(value)} values"
    return {str: "a string", bool: "a boolean", type(None): "null"}.get(type(value), "a number")


def _header(meeting: dict[str, Any]) -> list[str]:
    moede = meeting["Moede"]
    body = _clean((meeting.get("Udvalg") or {}).get("Navn"))
    # A finished meeting's page is its referat; before the meeting it is the agenda.
    kind = "Referat" if moede.get("Afsluttet", True) else "Dagsorden"
    lines = [f"{kind} – {body}" if body else kind]
    when = _when(moede.get("Dato"), moede.get("MeetingEndUtc"))
    if when:
        lines.append(f"Mødedato: {when}")
    if _clean(moede.get("Sted")):
        lines.append(f"Mødested: {_clean(moede.get('Sted'))}")
    members = [m for m in moede.get("Moededeltagere") or [] if isinstance(m, dict)
               and _clean(m.get("Name"))]
    present = [_clean(m["Name"]) for m in members if not is_absent(m)]
    absent = [_clean(m["Name"]) for m in members if is_absent(m)]
    if present:
        lines.append("Deltagere: " + ", ".join(present))
    if absent:
        lines.append("Afbud: " + ", ".join(absent))
    return lines


def is_absent(member: dict[str, Any]) -> bool:
    """Whether a member of ``Moede.Moededeltagere`` missed the meeting (absent or sent afbud)."""
    return bool(member.get("Absent") or member.get("ParticipationCancelled"))


def _when(start: Any, end: Any) -> str:
    """"mandag den 6. marts 2023 kl. 19.00" (with "-21.30" when the end is known)."""
    begin = _datetime(start)
    if begin is None:
        return ""
    day = (f"{_WEEKDAYS[begin.weekday()]} den {begin.day}. {_MONTHS[begin.month - 1]} "
           f"{begin.year}")
    finish = _datetime(end)
    clock = f"kl. {begin:%H.%M}" + (f"-{finish:%H.%M}" if finish is not None else "")
    return f"{day} {clock}"


def _datetime(value: Any) -> datetime | None:
    """A publication timestamp in the meeting's own time zone (as the portal shows it)."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def _item(item: dict[str, Any]) -> str:
    number = _clean(item.get("Punktnummer") or item.get("Number"))
    title = _clean(item.get("Navn") or item.get("Caption"))
    lines = [f"Punkt {number}: {title}" if number else title]
    case_no = _clean(item.get("SagsNummer") or item.get("CaseNumber"))
    if case_no:
        lines.append(f"Sagsnr.: {case_no}")
    parts = ["\n".join(line for line in lines if line)]
    for field in item.get("Felter") or []:
        if isinstance(field, dict):
            parts.append(_field(field, number))
    return "\n\n".join(p for p in parts if p)


def _field(field: dict[str, Any], number: str) -> str:
    """A field's name as its heading, then its HTML as text (or its plain text)."""
    name = _clean(field.get("Navn"))
    html = field.get("Html")
    if isinstance(html, str) and html.strip():
        try:
            text = read_html(html.encode("utf-8")).strip()
        except InputError as exc:
            raise InputError(f"item {number}: {exc}") from exc
    else:
        tekst = field.get("Tekst")
        text = tekst.strip() if isinstance(tekst, str) else ""
    # The HTML of many publications opens with the field's own heading: do not write it twice.
    if name and text.split("\n", 1)[0].strip() != name:
        text = f"{name}\n\n{text}" if text else name
    return text


def _clean(value: Any) -> str:
    """A one-line value with its spaces collapsed ("" for None)."""
    return " ".join(str(value).split()) if value is not None else ""
