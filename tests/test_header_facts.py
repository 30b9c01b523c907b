"""The header facts a reader checks first (issue 22): the clock times of older minutes ("Kl. 6
Eftm."), the meeting place from a "Mødested" field however it is laid out, and the document's
own date rather than a "Dato:" quoted in a case history."""

from __future__ import annotations

from pathlib import Path

import pytest

import extract
from extract.batch.run import process_texts
from extract.readers import read_file
from extract.rules.dates import find_times
from extract.rules.layout import header_fields
from extract.rules.meeting_facts import closing_time

ROOT = Path(__file__).resolve().parents[1]
RANDERS_1891 = ROOT / "corpus/samples/byraad_randers_1891-03-05.txt"
AARHUS = ["aarhus-2025/text/byraad_dagsorden_2025-10-08.txt",
          "aarhus-2025/text/teknisk_udvalg_referat_2025-10-01.txt",
          "aarhus-2025/original/byraad_dagsorden_2025-10-08.html",
          "aarhus-2025/original/teknisk_udvalg_referat_2025-10-01.html"]


def meetings_of(nlp, text: str) -> list[dict]:
    return nlp(text)._.meetings


# --- 1. the 12-hour clock of older minutes ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "iso"),
    [("Møde Torsdag den 5te Marts 1891 Kl. 6 Eftm. i Raadhusets Mødesal.", "Kl. 6 Eftm.",
      "18:00"),
     ("Mødet begyndte Kl. 7½ Eftm.", "Kl. 7½ Eftm.", "19:30"),
     ("samledes Kl. 3 Em. paa Skolen", "Kl. 3 Em.", "15:00"),
     ("Møde kl. 4 em. i Forsamlingshuset", "kl. 4 em.", "16:00"),
     ("Kl. 10 Fm. i Sognefogedens Stue", "Kl. 10 Fm.", "10:00"),
     ("Kl. 9 Form. paa Kroen", "Kl. 9 Form.", "09:00"),
     ("Kl. 7 Aften i Skolen", "Kl. 7 Aften", "19:00"),
     ("Kl. 12 Middag paa Raadhuset", "Kl. 12 Middag", "12:00"),
     ("kl. 3 om Eftermiddagen", "kl. 3 om Eftermiddagen", "15:00"),
     ("Kl. 8¼ Aften", "Kl. 8¼ Aften", "20:15"),
     ("Kl. 6-8 Eftm.", "Kl. 6-8 Eftm.", "18:00/20:00"),
     ("Kl. 10 Form. til Kl. 2 Eftm.", "Kl. 10 Form. til Kl. 2 Eftm.", "10:00/14:00")],
)
def test_a_part_of_the_day_after_the_hour_sets_the_clock(text: str, span: str, iso: str) -> None:
    (match,) = find_times(text)
    assert (text[match.start:match.end], match.iso) == (span, iso)


@pytest.mark.parametrize(
    ("text", "span", "iso"),
    [("kl. 18.30 Middag i kantinen", "kl. 18.30", "18:30"),  # dinner on a programme
     ("kl. 11 Middag", "kl. 11", "11:00"),
     ("kl. 19 Aften for frivillige", "kl. 19", "19:00"),
     ("kl. 10 emne: budget", "kl. 10", "10:00"),
     ("kl. 17.00-17.30", "kl. 17.00-17.30", "17:00/17:30"),
     ("Mødet sluttede Kl. 8½", "Kl. 8½", "08:30")],  # no part of the day: left as written
)
def test_a_24_hour_reading_keeps_its_value_and_its_span(text: str, span: str, iso: str) -> None:
    (match,) = find_times(text)
    assert (text[match.start:match.end], match.iso) == (span, iso)


def test_a_closing_time_before_an_afternoon_start_is_in_the_evening() -> None:
    assert closing_time("Mødet hævet Kl. 8½.", start="18:00") == "20:30"
    assert closing_time("Mødet sluttede kl. 21.15", start="19:00") == "21:15"
    assert closing_time("Mødet sluttede kl. 11.40", start="09:00") == "11:40"
    # A night meeting past midnight is not moved to the afternoon before its start.
    assert closing_time("Mødet sluttede kl. 1", start="17:00") == "01:00"


def test_the_1891_meeting_is_in_the_evening_in_the_town_hall(nlp) -> None:
    doc = nlp(RANDERS_1891.read_text(encoding="utf-8"))
    (meeting,) = doc._.meetings
    assert (meeting["date"], meeting["start_time"], meeting["end_time"], meeting["location"]) == (
        "1891-03-05", "18:00", "20:30", "Raadhusets Mødesal")
    times = [(e.text, e._.norm) for e in doc.ents if e.label_ == "TIME"]
    assert times[0] == ("Kl. 6 Eftm.", "18:00")
    assert times[-1][1] == "20:30"  # "Mødet hævet Kl. 8½." after an evening start


def test_a_parish_meeting_line_with_a_half_hour(nlp) -> None:
    text = ("Sogneraadet.\n\nMøde Mandag den 3. Januar 1910 Kl. 7½ Eftm. i Skolen.\n\n"
            "Tilstede: Sognefoged P. Jensen, Gaardejer N. Hansen.\n\n"
            "1. Skolens Regnskab.\nRegnskabet godkendtes.\n\n"
            "2. Fattigvæsenet.\nIntet.\n\nMødet hævet Kl. 10.\n")
    (meeting,) = meetings_of(nlp, text)
    assert (meeting["date"], meeting["start_time"], meeting["end_time"], meeting["location"]) == (
        "1910-01-03", "19:30", "22:00", "Skolen")


# --- 2. the meeting place from a Mødested field -------------------------------------------------


@pytest.mark.parametrize(
    ("header", "place"),
    [("Mødested Byrådssalen", "Byrådssalen"),
     ("Mødested\tByrådssalen", "Byrådssalen"),
     ("Mødested   Mødelokale 2, Rådhuset", "Mødelokale 2, Rådhuset"),
     ("Sted\tByrådssalen", "Byrådssalen"),
     ("Mødelokale\tA2.14, Viborg Rådhus", "A2.14, Viborg Rådhus"),
     ("Lokation Rådhuset, lokale 3", "Rådhuset, lokale 3"),
     ("Mødedato  8. oktober 2025    Mødested  Byrådssalen", "Byrådssalen"),
     ("Mødested:\n\nByrådssalen", "Byrådssalen"),
     ("Mødested\nMødelokale 2, Roskilde Rådhus", "Mødelokale 2, Roskilde Rådhus"),
     ("Lokation\n\nUdvalgsværelse 398", "Udvalgsværelse 398")],
)
def test_a_place_field_with_or_without_a_colon(header: str, place: str) -> None:
    fields = header_fields(f"Referat\nTeknisk Udvalg\n\n{header}\n\n1. Godkendelse af dagsorden\n")
    assert fields["location"] == place


@pytest.mark.parametrize(
    "line",
    ["Mødested er flyttet til Rådhuset.",  # a sentence, not a field
     "Dato  Ansvarlig  Opgave",  # a table's header row
     "Sted  Tid"],  # two keys, no value
)
def test_lines_that_only_look_like_fields(line: str) -> None:
    fields = header_fields(f"Referat\n\n{line}\n\n1. Godkendelse af dagsorden\n")
    assert "location" not in fields and "date" not in fields


def test_a_field_without_a_colon_inside_an_item_is_item_text() -> None:
    text = ("Referat\nMødedato: 11. september 2024\n\nPunkt 1: Besøg af biblioteket\n"
            "Tidspunkt kl. 16.30-17.00, Greve Bibliotek besøger udvalget.\n")
    assert "time" not in header_fields(text)


def test_a_meeting_held_at_the_mødested_without_a_colon(nlp) -> None:
    text = ("Referat\nTeknisk Udvalg\n\nMødedato 3. marts 2025 kl. 17.00\nMødested Byrådssalen\n\n"
            "1. Godkendelse af dagsorden\nGodkendt.\n")
    (meeting,) = meetings_of(nlp, text)
    assert (meeting["date"], meeting["start_time"], meeting["location"]) == (
        "2025-03-03", "17:00", "Byrådssalen")


def test_a_tab_separated_header_gives_date_time_and_place(nlp) -> None:
    text = ("Referat af møde i Kredsrådet\nMødedato\tFredag den 7. februar 2025\n"
            "Tidspunkt\tKl. 10.00 - 12.15\nMødested\tGuldborgsund Rådhus, mødelokale 2\n\n"
            "1. Velkomst\nFormanden bød velkommen.\n")
    (meeting,) = meetings_of(nlp, text)
    assert (meeting["date"], meeting["start_time"], meeting["end_time"], meeting["location"]) == (
        "2025-02-07", "10:00", "12:15", "Guldborgsund Rådhus, mødelokale 2")


@pytest.mark.parametrize(
    ("place_line", "place"),
    [("Hedelyskolen, afd. Tune", "Hedelyskolen, afd. Tune"),
     ("Lokale 1.12 (1. sal)", "Lokale 1.12 (1. sal)"),
     ("Rådhuset. Mødet sluttede kl. 17.40", "Rådhuset"),
     ("Greve Gymnasium, Gl. Køgevej 3", "Greve Gymnasium, Gl. Køgevej 3"),
     ("St. Karlslunde Skole", "St. Karlslunde Skole"),
     ("H.C. Andersens Boulevard 27", "H.C. Andersens Boulevard 27"),
     ("Mødelokale 2, Bygn. B", "Mødelokale 2, Bygn. B"),
     ("Mødelokale 1, 1. Sal", "Mødelokale 1, 1. Sal"),
     ("Mødelokale 3. Mødet sluttede kl. 17.40", "Mødelokale 3"),
     # a field's value of two sentences, neither saying when the meeting closed
     ("Mødet holdes virtuelt via Teams. Link sendes til deltagerne",
      "Mødet holdes virtuelt via Teams. Link sendes til deltagerne")])
def test_a_place_under_the_meeting_line_ends_at_a_sentence_not_an_abbreviation(
        nlp, place_line: str, place: str) -> None:
    text = ("REFERAT\n\nKultur- og Fritidsudvalget\n\nMandag den 4.03.2024, kl. 17:00-19:00\n"
            f"{place_line}\n\nTil stede:\nAnne Hansen\nBo Jensen\n\n1. Godkendelse af dagsorden\n"
            "Godkendt.\n")
    (meeting,) = meetings_of(nlp, text)
    assert (meeting["date"], meeting["location"]) == ("2024-03-04", place)


# --- 3. the document's own date -----------------------------------------------------------------

HISTORY = """Dagsorden 8. oktober 2025 kl. 16.00

Udvalg:
Aarhus Byråd

Mødedato:
onsdag den 8. oktober 2025 kl. 16.00

Mødested:
Byrådssalen

1. Forslag til budget 2026-2029
Det indstilles, at byrådet godkender budgettet.

Sagsforløb:
Udvalg: Magistraten
Dato: 02-09-2025
Magistraten anbefaler indstillingen.
Udvalg: Aarhus Byråd
Dato: 10-09-2025
Fremsendes til 1. behandling.
"""


def test_a_dato_in_a_case_history_is_not_the_documents_date(nlp) -> None:
    assert "date" not in header_fields(HISTORY)
    doc = nlp(HISTORY)
    assert doc._.header["date_iso"] == "2025-10-08"
    (row,) = extract.to_tables([doc])["documents"].to_dict("records")
    assert row["doc_date"] == "2025-10-08"


def test_a_dato_under_the_first_item_without_a_history_heading_is_not_the_documents_date(
        ) -> None:
    text = HISTORY.replace("Sagsforløb:\n", "")
    assert "date" not in header_fields(text)


def test_the_headers_own_dato_still_dates_the_document(nlp) -> None:
    text = ("Referat\nDato: 16.08.2024\n\nMøde torsdag den 15. august 2024 kl. 17.00 i "
            "Parolesalen.\n\n1. Orientering\nTaget til efterretning.\n\nSagsforløb:\n"
            "Dato: 02-09-2023\n")
    doc = nlp(text)
    assert doc._.header["date_iso"] == "2024-08-16"
    assert doc._.meetings[0]["date"] == "2024-08-15"


@pytest.mark.parametrize("name", AARHUS)
def test_aarhus_pages_are_dated_by_their_meeting(nlp, shared: Path, name: str) -> None:
    tables = extract.to_tables(process_texts([read_file(shared / "corpus" / name)], nlp=nlp))
    (document,) = tables["documents"].to_dict("records")
    expected = Path(name).stem.rsplit("_", 1)[-1]  # byraad_dagsorden_2025-10-08
    assert document["doc_date"] == expected
    (meeting,) = tables["meetings"].to_dict("records")
    assert meeting["date"] == expected
    assert meeting["location"] in ("Byrådssalen", "Udvalgsværelse 398")


def test_time_and_place_fields_of_a_visit_under_an_item_are_not_the_meetings(rules_nlp) -> None:
    text = ("REFERAT\n\nKultur- og Fritidsudvalget\n\nOnsdag den 11.01.2023, kl. 17:00\n"
            "Mødelokale 1\n\nTil stede:\nMaria Holm\nLone Lund\n\n"
            "1. Besøg ved forening: Sydkystens Karate\nSagsnr. 22-015354\n\nBeslutning\n\n"
            "Tages til efterretning.\n\nPraktik\n\nTid: Kl. 17.00-17.30. Efter besøget "
            "fortsætter udvalgsmødet på rådhuset\n\nSted: Håndværkerbyen 20A, 2670 Greve\n\n"
            "2. Eventuelt\n\nBeslutning\n\nIntet.\n")
    (meeting,) = rules_nlp(text)._.meetings
    assert (meeting["date"], meeting["start_time"], meeting["end_time"], meeting["location"]) \
        == ("2023-01-11", "17:00", "", "Mødelokale 1")


def test_a_consulted_councils_udvalg_field_under_an_item_is_not_the_meetings_body(
        rules_nlp) -> None:
    text = ("REFERAT\n\nSocial- og Handicapudvalget\n\nMandag den 08.04.2024, kl. 16:00-18:00\n"
            "Mødelokale 1\n\nTil stede:\nMaria Holm\nLone Lund\n\n"
            "1. Høring om nye serviceniveauer\nSagsnr. 24-001234\n\nBeslutning\n\nGodkendt.\n\n"
            "Høringssvar\n\nUdvalg: Ældrerådet\n\nÆldrerådet bakker op om forslaget.\n\n"
            "2. Eventuelt\n\nBeslutning\n\nIntet.\n")
    (meeting,) = rules_nlp(text)._.meetings
    assert (meeting["body"], meeting["date"], meeting["location"]) == (
        "Social- og Handicapudvalget", "2024-04-08", "Mødelokale 1")


# --- 4. headers laid out as the unseen development set d3 showed ---------------------------------


def test_start_and_end_time_fields_of_a_minutes_system_export(rules_nlp) -> None:
    text = ("Byrådet\n\nReferat\n\nMødedato\n\n26.05.2025\n\nStarttidspunkt\n\n17:00\n\n"
            "Sluttidspunkt\n\n19:15\n\nMødested\n\nByrådssalen\n\n1. Godkendelse af dagsorden\n"
            "Godkendt.\n")
    (meeting,) = rules_nlp(text)._.meetings
    assert (meeting["date"], meeting["start_time"], meeting["end_time"]) == (
        "2025-05-26", "17:00", "19:15")


def test_a_genitive_title_names_the_body(rules_nlp) -> None:
    text = ("Referat af Ældrerådets møde\nOnsdag den 11. juni 2025 fra kl. 9 til kl. 12\n"
            "Mødested: Mødelokalet\n\n1. Godkendelse af dagsorden\nGodkendt.\n")
    (meeting,) = rules_nlp(text)._.meetings
    assert meeting["body"] == "Ældrerådet"


def test_a_board_meeting_title_wins_over_the_councils_in_its_attendance_table(rules_nlp) -> None:
    text = ("VESTFORSYNING A/S\nReferat af bestyrelsesmøde nr. 3/2025\nMødet blev afholdt "
            "tirsdag den 17. juni 2025 kl. 13.00 – 15.30 i bestyrelseslokalet, Nupark 51, "
            "Holstebro.\n\nMødedeltagere\nNavn\tFunktion\tUdpeget af\n"
            "Anne Holm\tFormand\tHolstebro Byråd\nBo Lund\tNæstformand\tHolstebro Byråd\n\n"
            "1. Godkendelse af dagsorden\nGodkendt.\n")
    doc = rules_nlp(text)
    (meeting,) = doc._.meetings
    assert (meeting["body"], meeting["start_time"], meeting["end_time"], meeting["location"]) == (
        "Bestyrelsen", "13:00", "15:30", "bestyrelseslokalet, Nupark 51, Holstebro")
    # the town after the room is a municipality of its own, not part of the place's name
    assert ("Holstebro", "MUNICIPALITY") in [(e.text, e.label_) for e in doc.ents]


def test_the_body_named_in_the_title_wins_over_a_meeting_compound_below_it(rules_nlp) -> None:
    text = ("Referat – Økonomiudvalget\nMødedato: mandag den 22. april 2024 kl. 16.00\n"
            "Mødested: Byrådssalen, efter byrådsmødet\n\nPunkt 1: Godkendelse af dagsorden\n"
            "Sagsnr.: 24-000123\n\nBeslutning\n\nGodkendt.\n")
    (meeting,) = rules_nlp(text)._.meetings
    assert meeting["body"] == "Økonomiudvalget"


def test_a_district_council_keeps_the_place_name_that_opens_its_title(nlp) -> None:
    text = ("Amager Lokaludvalg – referat 02.04.2025\n\nKøbenhavns Kommune · Lokaludvalg\n\n"
            "Mødedato: 02.04.2025\n\nTidspunkt: 19.00 - 21.00\n\nMødedeltagere\n\n"
            "Anne Holm Berg\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n")
    (meeting,) = meetings_of(nlp, text)
    assert meeting["body"] == "Amager Lokaludvalg"


@pytest.mark.parametrize(
    ("title", "body"),
    [("Amager Øst Lokaludvalg\n\nReferat af møde onsdag den 22. januar 2025 kl. 18.30-21.00",
      "Amager Øst Lokaludvalg"),
     ("Indre By Lokaludvalg – referat\n\nMødedato: 22.01.2025\n\nTidspunkt: 18.30 - 21.00",
      "Indre By Lokaludvalg"),
     ("Referat af Amager Vest Lokaludvalgs møde den 22. januar 2025 kl. 18.30",
      "Amager Vest Lokaludvalg"),
     ("Subject: Referat fra skolebestyrelsesmødet\n\nReferat fra skolebestyrelsesmødet tirsdag "
      "den 12. november 2024 kl. 17.00-19.00", "Skolebestyrelsen"),
     ("SKOLEBESTYRELSENS MØDE\nTirsdag den 12. november 2024 kl. 17.00-19.00", "Skolebestyrelsen"),
     ("REFERAT SKOLEBESTYRELSEN\nTirsdag den 12. november 2024 kl. 17.00", "Skolebestyrelsen"),
     ("Referat af Skolebestyrelsens Møde\nTirsdag den 12. november 2024 kl. 17.00",
      "Skolebestyrelsen"),
     ("ÆLDRERÅDETS MØDE\nMandag den 11. november 2024 kl. 10.00", "Ældrerådet")])
def test_a_body_is_named_whole_and_in_the_nominative(nlp, title: str, body: str) -> None:
    text = title + "\n\nDeltagere: Anne Holm, Bo Lund\n\n1. Godkendelse af dagsorden\nGodkendt.\n"
    assert meetings_of(nlp, text)[0]["body"] == body


def test_a_later_meeting_naming_its_body_by_the_common_noun_is_the_same_body(nlp) -> None:
    text = ("Amager Øst Lokaludvalg\n\nReferat af møde onsdag den 22. januar 2025 kl. 18.30\n\n"
            "Deltagere: Anne Holm, Bo Lund\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n"
            "Lokaludvalget\n\nReferat af ekstraordinært møde onsdag den 29. januar 2025 kl. 18.30"
            "\n\nDeltagere: Anne Holm, Bo Lund\n\n1. Godkendelse af dagsorden\nGodkendt.\n")
    assert [m["body"] for m in meetings_of(nlp, text)] == ["Amager Øst Lokaludvalg"] * 2
