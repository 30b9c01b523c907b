"""The FirstAgenda publication reader (.json): a meeting as the text of its referat page."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from extract.errors import InputError
from extract.readers import read_file, read_firstagenda, read_paths

GREVE = Path("corpus") / "greve-2022-2024"


def member(name: str, *, absent: bool = False, cancelled: bool = False) -> dict[str, Any]:
    return {"Name": name, "Absent": absent, "ParticipationCancelled": cancelled,
            "AttendanceType": 0}


def item(number: str, title: str, case_no: str | None, html: str, *, field_name: str = ""
         ) -> dict[str, Any]:
    return {"Punktnummer": number, "Number": number, "Navn": title, "Caption": title,
            "SagsNummer": case_no, "CaseNumber": case_no, "Bilag": [],
            "Felter": [{"Navn": field_name, "Html": html, "Tekst": None}]}


def publication() -> dict[str, Any]:
    """A small meeting in the shape the FirstAgenda publication API serves."""
    return {
        "Id": "0f3c",
        "TillaegsDagsorden": False,
        "Udvalg": {"Id": "u1", "Navn": "Teknik- og Miljøudvalget", "Historisk": False},
        "Moede": {
            "Dato": "2023-03-06T17:00:00+01:00", "MeetingEndUtc": None,
            "Sted": "Mødelokale  4+5", "Afsluttet": True, "Navn": "Dagsorden",
            "Moededeltagere": [member("Lene Holm"), member("Bo Nørgaard", absent=True),
                               member("Anne Marie Bech"),
                               member("Kasper Lund", cancelled=True)],
        },
        "Dagsordenpunkter": [
            item("1", "Godkendelse af dagsorden", "23-000101",
                 "<div><div id='sagsfremstillingContainer'><div><h3>Beslutning</h3>"
                 "<span><p>Dagsordenen blev godkendt.</p></span></div>"
                 "<h3>Fremstilling</h3><span><h2>Resume</h2><p>Dagsorden for mødet.</p>"
                 "<h2>Indstilling</h2><p>Administrationen indstiller, at</p>"
                 "<ul><li>dagsordenen godkendes</li><li>mødet holdes</li></ul></span>"
                 "<h3>Sagens forløb</h3><span><u>27-02-2023 Økonomiudvalget</u><br>"
                 "<p>Anbefales.</p></span></div></div>"),
            item("2", "Lukket: Salg af  grund ", None,
                 "<div><p>Godkendt.</p><p>Imod: A og Ø</p></div>"),
            item("3", "Trafikplan", "23-000303", "<p>Sagen udsættes.</p>",
                 field_name="Beslutning"),
        ],
    }


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line]


def test_header_gives_body_date_place_and_who_came() -> None:
    text = read_firstagenda(json.dumps(publication()).encode("utf-8"))
    assert lines(text)[:5] == [
        "Referat – Teknik- og Miljøudvalget",
        "Mødedato: mandag den 6. marts 2023 kl. 17.00",
        "Mødested: Mødelokale 4+5",
        "Deltagere: Lene Holm, Anne Marie Bech",
        "Afbud: Bo Nørgaard, Kasper Lund",
    ]


def test_items_give_number_title_case_number_and_their_fields_as_lines() -> None:
    text = read_firstagenda(json.dumps(publication()).encode("utf-8"))
    assert lines(text)[5:] == [
        "Punkt 1: Godkendelse af dagsorden", "Sagsnr.: 23-000101",
        "Beslutning", "Dagsordenen blev godkendt.",
        "Fremstilling", "Resume", "Dagsorden for mødet.",
        "Indstilling", "Administrationen indstiller, at", "dagsordenen godkendes",
        "mødet holdes",
        "Sagens forløb", "27-02-2023 Økonomiudvalget", "Anbefales.",
        # a closed item without a case number: no Sagsnr. line, only its decision text
        "Punkt 2: Lukket: Salg af grund", "Godkendt.", "Imod: A og Ø",
        # a named field whose HTML has no heading of its own gets its name as the heading
        "Punkt 3: Trafikplan", "Sagsnr.: 23-000303", "Beslutning", "Sagen udsættes.",
    ]
    # blocks are paragraphs: an item heading starts after a blank line
    assert "\n\nPunkt 2: Lukket: Salg af grund\n" in text


def test_a_meeting_not_yet_held_reads_as_its_agenda_and_end_time_is_kept() -> None:
    data = publication()
    data["Moede"].update(Afsluttet=False, MeetingEndUtc="2023-03-06T19:30:00+01:00")
    text = read_firstagenda(json.dumps(data).encode("utf-8"))
    assert lines(text)[:2] == ["Dagsorden – Teknik- og Miljøudvalget",
                               "Mødedato: mandag den 6. marts 2023 kl. 17.00-19.30"]


def test_json_files_are_read_by_suffix_with_or_without_bom(tmp_path: Path) -> None:
    (tmp_path / "moede.json").write_bytes(
        b"\xef\xbb\xbf" + json.dumps(publication(), ensure_ascii=False).encode("utf-8"))
    (docs,) = list(read_paths([tmp_path]))
    assert docs.doc_id == "moede"
    assert docs.text.startswith("Referat – Teknik- og Miljøudvalget\n")


@pytest.mark.parametrize(("content", "what"), [
    (b'{"name": "budget", "rows": [1, 2]}', "an object with the keys name, rows"),
    (b"[1, 2, 3]", "an array of 3 values"),
    (b'{"Udvalg": {}, "Moede": [], "Dagsordenpunkter": []}', "keys Udvalg, Moede"),
    (b'{"Udvalg": ', "not valid JSON"),
])
def test_other_json_is_refused_saying_what_it_is_and_what_is_expected(
        tmp_path: Path, content: bytes, what: str) -> None:
    path = tmp_path / "andet.json"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_file(path)
    message = str(info.value)
    assert str(path) in message and what in message
    assert "FirstAgenda meeting publications: an object with the keys Udvalg, Moede" in message


def test_binary_named_json_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "junk.json"
    path.write_bytes(b"\x00\x01\x02\x03binary")
    with pytest.raises(InputError, match="binary"):
        read_file(path)


def test_every_greve_meeting_reads_with_its_members_and_items(shared: Path) -> None:
    """The 285 real Greve publications: all read, and the text carries every member and item.

    Only file names are reported on failure: the 2024 meetings are a blind test set.
    """
    files = sorted((shared / GREVE).glob("*.json"))
    assert len(files) == 285
    failed, counts = [], {"members": 0, "absent": 0, "items": 0, "case_nos": 0}
    with_case_no = 0
    for path in files:
        try:
            text = read_file(path).text
        except InputError:
            failed.append(path.name)
            continue
        data = json.loads(path.read_bytes())
        people = [m["Name"] for m in data["Moede"]["Moededeltagere"]]
        with_case_no += sum(1 for i in data["Dagsordenpunkter"] if i["SagsNummer"])
        header = text.split("\nPunkt ", 1)[0]
        listed = dict(re.findall(r"^(Deltagere|Afbud): (.*)$", header, flags=re.M))
        counts["members"] += sum(len(v.split(", ")) for v in listed.values())
        counts["absent"] += len(listed["Afbud"].split(", ")) if "Afbud" in listed else 0
        counts["items"] += sum(
            f"\nPunkt {i['Punktnummer']}: {' '.join(i['Navn'].split())}\n" in text
            for i in data["Dagsordenpunkter"])
        counts["case_nos"] += len(re.findall(r"^Sagsnr\.: ", text, flags=re.M))
        if not all(name in header for name in people):
            failed.append(path.name)
    assert not failed, f"{len(failed)} files not read in full: {failed[:10]}"
    # PROVENANCE.txt: 2,111 participants (17 flagged Absent, 47 ParticipationCancelled),
    # 4,289 agenda items
    assert counts == {"members": 2111, "absent": 64, "items": 4289, "case_nos": with_case_no}
