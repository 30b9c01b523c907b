"""Layouts of modern minutes the structure layer reads by general cues (issue 16): several
meetings in one file, attendance tables, case stages, vote lists, sub-items."""

from __future__ import annotations

import pytest

from extract.readers.html import read_html

TWO_MEETINGS = """Referat
Teknik- og Miljøudvalget
Mødedato: 12. marts 2025, kl. 16.00-18.00
Mødested: Mødelokale 3, Rådhuset

Deltagere: Hans Peter Lund (formand), Mette Kirstine Bach, Ole Sørensen
Afbud: Karen Holm

1. Godkendelse af dagsorden
Beslutning: Godkendt.

2. Budgetopfølgning
2a. Drift
Beslutning: Taget til efterretning.
2b. Anlæg
Beslutning: Udvalget anbefaler, at anlægsbevillingen gives.

Næste møde: 9. april 2025 kl. 16.00.

Referat
Teknik- og Miljøudvalget
Mødedato: 9. april 2025, kl. 16.00-17.30
Mødested: Mødelokale 3, Rådhuset

Deltagere: Hans Peter Lund (formand), Karen Holm, Ole Sørensen
Afbud: Mette Kirstine Bach

1. Godkendelse af dagsorden
Beslutning: Godkendt.

2. Valg af næstformand
Beslutning: Valgt blev Karen Holm.
"""


def test_a_file_of_two_meetings_gives_two_meetings_each_with_its_own_rows(rules_nlp) -> None:
    doc = rules_nlp(TWO_MEETINGS)
    assert [(m["date"], m["start_time"], m["end_time"]) for m in doc._.meetings] == [
        ("2025-03-12", "16:00", "18:00"), ("2025-04-09", "16:00", "17:30")]
    second = doc._.meeting_spans[1][0]
    absent = {(r["person"], r["start_char"] >= second) for r in doc._.attendance
              if r["status"] == "absent"}
    assert absent == {("Karen Holm", False), ("Mette Kirstine Bach", True)}
    items = [(a["item_no"], a["start_char"] >= second) for a in doc._.agenda_items]
    assert items == [("1", False), ("2", False), ("2a", False), ("2b", False), ("1", True),
                     ("2", True)]
    outcomes = [(d["item_no"], d["outcome"]) for d in doc._.decisions]
    assert outcomes == [("1", "approved"), ("2a", "noted"), ("2b", "approved"),
                        ("1", "approved"), ("2", "elected")]


ONE_MEETING_WITH_A_DATED_PARAGRAPH = """Referat – Socialudvalget
Mødedato: mandag den 14. november 2022 kl. 17.00
Deltagere: Anne Holm, Bo Lund, Carl Berg

Punkt 1: Godkendelse af dagsorden
Beslutning: Godkendt.

Punkt 2: Fordeling af puljemidler
De frivillige organisationer og foreninger kunne senest den 7. oktober 2022 kl. 12.00 søge om \
støtte til deres aktiviteter, og i alt 34 foreninger har søgt om tilskud på kommunens hjemmeside.

1. Ansøgninger fra sociale foreninger
2. Ansøgninger fra idrætsforeninger

Beslutning: Godkendt.

Punkt 3: Eventuelt
Beslutning: Intet.
"""


def test_an_attendance_table_gives_role_party_and_presence(rules_nlp) -> None:
    text = ("Referat\nBørne- og Skoleudvalget\nMødedato: 4. februar 2025\n\nFremmøde\n"
            "Navn\tParti\tFunktion\tFremmøde\n"
            "Ane Kirstine Thygesen-Bruun\tV\tFormand\tTil stede\n"
            "Emil Tranberg\tV\tMedlem\tAfbud\n"
            "Elevrepræsentanter: Sofie og Noah (Fælleselevrådet)\n"
            "1. Godkendelse af dagsorden\nGodkendt.\n")
    rows = {(r["person"], r["role"], r["status"], r["note"]) for r in rules_nlp(text)._.attendance}
    assert rows == {("Ane Kirstine Thygesen-Bruun", "formand", "present", "V"),
                    ("Emil Tranberg", "medlem", "absent", "V"),
                    ("Sofie", "elevrepræsentant", "present", "Fælleselevrådet"),
                    ("Noah", "elevrepræsentant", "present", "Fælleselevrådet")}


def test_only_the_minuted_stage_decides_and_earlier_stages_are_history(rules_nlp) -> None:
    text = ("Byrådet\nMødedato: 24. marts 2025 kl. 18.00\n\n"
            "1. Lokalplan 1187\n\nIndstilling\nDirektøren indstiller, at planen vedtages.\n\n"
            "Beslutning i Økonomiudvalget den 17-03-2025\nAnbefales.\n"
            "Kasper Vinther Olsen (Ø) stemte imod.\n\n"
            "Beslutning i Byrådet den 24-03-2025\nGodkendt med 26 stemmer mod 4.\n\n"
            "For stemte: A, V, C og I (26)\n\nImod stemte: Ø samt Mette Holm (F) (4)\n\n"
            "2. Eventuelt\nIntet.\n")
    doc = rules_nlp(text)
    assert [(d["item_no"], d["outcome"]) for d in doc._.decisions] == [("1", "approved")]
    now = {(p["actor"], p["position"]) for p in doc._.positions if not p["history"]}
    assert now == {("A", "for"), ("V", "for"), ("C", "for"), ("I", "for"), ("Ø", "against"),
                   ("Mette Holm", "against")}
    earlier = {(p["actor"], p["position"], p["date"]) for p in doc._.positions if p["history"]}
    assert earlier == {("Kasper Vinther Olsen", "against", "2025-03-17")}


def test_a_name_the_register_lacks_is_read_from_a_list_of_people(rules_nlp) -> None:
    # "Liselott" (12 bearers in Denmark) and "Quorra" are not in the first-name register;
    # their place in lists whose other entries are people makes them attendees.
    doc = rules_nlp("Referat – Socialudvalget\nMødedato: 14. november 2022 kl. 17.00\n"
                    "Deltagere: Anne Holm, Quorra Vestergaard, Bo Lund\n"
                    "Afbud: Liselott Blixt\n\nPunkt 1: Godkendelse af dagsorden\n"
                    "Beslutning: Godkendt.\n")
    assert {(r["person"], r["status"]) for r in doc._.attendance} == {
        ("Anne Holm", "present"), ("Quorra Vestergaard", "present"), ("Bo Lund", "present"),
        ("Liselott Blixt", "absent")}
    assert "Liselott Blixt" in {e.text for e in doc.ents if e.label_ == "PERSON"}


def test_a_list_of_bodies_gives_no_people(rules_nlp) -> None:
    doc = rules_nlp("Referat – Socialudvalget\nMødedato: 14. november 2022 kl. 17.00\n"
                    "Deltagere: Teknisk Forvaltning, Social Forvaltning\n\n"
                    "Punkt 1: Godkendelse af dagsorden\nBeslutning: Godkendt.\n")
    assert doc._.attendance == []


WRAPPED_AND_HISTORY = """Referat – Byrådet
Mødedato: mandag den 15. maj 2023 kl. 19.00
Deltagere: Anne Holm, Bo Lund, Carl Berg

Punkt 1: Godkendelse af dagsorden
Beslutning: Godkendt.

Punkt 2: Åbningstider på biblioteket
Byrådet traf på mødet den 11. december 2023 beslutning om, at reducere åbningstiden således,
at der blev lukket for selvbetjening mandag til fredag kl. 17.00-21.00, lørdag
kl. 13.00-17.00 og søndag kl. 7.00-17.00 frem til den 1. april 2024.

1. Forslag om længere åbningstid
2. Forslag om uændret åbningstid

Beslutning: Godkendt.

Punkt 3: Besparelser
Den 31. januar 2023: Frist for høringssvar kl. 12

Sagens forløb

23-01-2023 Økonomiudvalget

1. Taget til efterretning.

2. Udvalget sender forslaget i høring.

Beslutning: Godkendt.

Punkt 4: Eventuelt
Beslutning: Intet.
"""


@pytest.mark.parametrize(("text", "date", "items"), [
    # A paragraph holds a date and a time; the numbered list inside item 2 follows it.
    (ONE_MEETING_WITH_A_DATED_PARAGRAPH, "2022-11-14",
     [("1", "Godkendelse af dagsorden"), ("2", "Fordeling af puljemidler"), ("3", "Eventuelt")]),
    # A sentence wrapped over lines holds dates and times; a case history numbers the
    # decisions of earlier meetings from 1.
    (WRAPPED_AND_HISTORY, "2023-05-15",
     [("1", "Godkendelse af dagsorden"), ("2", "Åbningstider på biblioteket"),
      ("3", "Besparelser"), ("4", "Eventuelt")]),
], ids=["dated-paragraph", "wrapped-prose-and-history"])
def test_prose_and_lists_inside_items_start_no_meeting(rules_nlp, text: str, date: str,
                                                       items: list) -> None:
    doc = rules_nlp(text)
    assert [m["date"] for m in doc._.meetings] == [date]
    assert [(a["item_no"], a["title"]) for a in doc._.agenda_items] == items


def test_vote_lists_in_paragraphs_of_their_own_belong_to_the_decision(rules_nlp) -> None:
    doc = rules_nlp("Referat – Byrådet\nMødedato: 15. maj 2023 kl. 19.00\n\n"
                    "Punkt 1: Integrationspolitik\n\nBeslutning\n\nMed stemmerne 18 for og 1 "
                    "imod godkendte Byrådet indstillingen.\n\nFor stemte (V), (A) og (C)\n\n"
                    "Imod stemte (Ø).\n\n(F) undlod at tage stilling.\n\nFremstilling\n\n"
                    "Ø foreslog i 2022 noget andet.\n")
    assert {(p["actor"], p["position"]) for p in doc._.positions} == {
        ("V", "for"), ("A", "for"), ("C", "for"), ("Ø", "against"), ("F", "abstain")}


def test_a_run_of_modern_minutes_with_old_openings_is_read_meeting_by_meeting(
        rules_nlp, root) -> None:
    # The samples one after the other, three times, as in a PDF of many minutes: two of them
    # open like a minute book's meetings ("Møde Torsdag den 5te Marts 1891"), which once made
    # the whole text a book (3 meetings here, 18 in 300 pages). Three copies give about three
    # times the meetings of one (a seam between two copies may be missed, as within one).
    samples = "\n\n".join(p.read_text(encoding="utf-8")
                           for p in sorted((root / "corpus" / "samples").glob("*.txt")))
    once = [m["date"] for m in rules_nlp(samples)._.meetings]
    thrice = [m["date"] for m in rules_nlp("\n\n".join([samples] * 3))._.meetings]
    assert len(once) >= 13 and len(thrice) >= 3 * len(once) - 3
    assert set(thrice) == set(once)


def test_a_member_known_from_the_list_is_a_person_wherever_named(rules_nlp) -> None:
    doc = rules_nlp("Referat – Økonomiudvalget\nMødedato: 28. august 2024 kl. 17.00\n"
                    "Deltagere: Anne Holm, Bo Lund, Liselott Blixt\n\n"
                    "Punkt 1: Budget 2025\n\nBeslutning\n\nAnbefales godkendt, idet Anne Holm (V) "
                    "undlod, og Bo Lund (M), Liselott Blixt (UP) og Carl Berg (Ø) stemte imod.\n")
    assert [e.text for e in doc.ents if e.label_ == "PERSON"].count("Liselott Blixt") == 2
    assert {(p["actor"], p["position"]) for p in doc._.positions} == {
        ("Anne Holm", "abstain"), ("Bo Lund", "against"), ("Liselott Blixt", "against"),
        ("Carl Berg", "against")}



def test_item_headings_with_a_case_number_below_outrank_a_numbered_list_in_an_items_text(
        ) -> None:
    # Each item heading has its case number on the next line; "3. Elever ..." in item 2's
    # text has none, so it is a list line; "4. 10-årsplan" opens with a number and is an item.
    from extract.rules.layout import agenda_items

    text = ("REFERAT\n\nSkoleudvalget\n\nMandag den 07.02.2022, kl. 16:00\n\n"
            "1. Godkendelse af dagsorden\nSagsnr. 22-000101\n\nBeslutning\n\nGodkendt.\n\n"
            "2. Skoledistrikter\nSagsnr. 22-000102\n\nFremstilling\n\nKriterierne er:\n\n"
            "1. Elever i distriktet optages først.\n\n2. Søskende går forud for afstand.\n\n"
            "3. Elever med bopæl i andre kommuner indskrives efter afstand til skolen.\n\n"
            "3. Delegationsplan for byrådet\nSagsnr. 22-000103\n\nBeslutning\n\nAnbefales.\n\n"
            "4. 10-årsplan for skolernes bygninger\nSagsnr. 22-000104\n\nBeslutning\n\n"
            "Godkendt.\n")
    items = agenda_items(text)
    assert [(i.item_no, i.title) for i in items] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Skoledistrikter"),
        ("3", "Delegationsplan for byrådet"), ("4", "10-årsplan for skolernes bygninger")]


def test_a_role_that_labels_a_line_of_members_is_each_ones_role(rules_nlp) -> None:
    text = ("SKOLEBESTYRELSESMØDE\ntorsdag d. 22/5 2025 kl. 17-19.30\n\nMødedeltagere\n"
            "Formand: Anne Marie Bech Holm\n"
            "Øvrige forældrerepræsentanter: Sofie Louise Friis og Karim Haddad\n"
            "Fra ledelsen: skoleleder Hans Christian Dam\nForfald: Bo Hansen\n\n"
            "1) Godkendelse af dagsorden\nGodkendt.\n")
    rows = {r["person"]: (r["role"], r["status"]) for r in rules_nlp(text)._.attendance}
    assert rows == {"Anne Marie Bech Holm": ("formand", "present"),
                    "Sofie Louise Friis": ("forældrerepræsentant", "present"),
                    "Karim Haddad": ("forældrerepræsentant", "present"),
                    "Hans Christian Dam": ("skoleleder", "present"),
                    "Bo Hansen": ("", "absent")}


def test_a_party_column_run_together_with_the_names_is_each_ones_note(rules_nlp) -> None:
    # A PDF member table whose rows the reader joins: the party column's value is the note.
    text = ("Kommunalbestyrelsen\nDato: Torsdag den 24. april 2025\nTid: kl. 18.00 - 21.10\n\n"
            "Fremmøde\n\nNavn            Parti Til stede Fraværende\n"
            "Grethe Munk Saabye, borgmester       Socialdemokratiet          X\n"
            "Susanne Ebbesen Socialdemokratiet X Morten Aagaard-Skov Venstre X\n"
            "Kasper Holt Winther Enhedslisten X\n\n"
            "1. Godkendelse af dagsorden\nGodkendt.\n")
    rows = {r["person"]: (r["role"], r["note"]) for r in rules_nlp(text)._.attendance}
    assert rows == {"Grethe Munk Saabye": ("borgmester", "Socialdemokratiet"),
                    "Susanne Ebbesen": ("", "Socialdemokratiet"),
                    "Morten Aagaard-Skov": ("", "Venstre"),
                    "Kasper Holt Winther": ("", "Enhedslisten")}


def test_the_member_a_substitute_replaced_was_absent_and_is_listed_once(rules_nlp) -> None:
    text = ("Kommunalbestyrelsen\nDato: Torsdag den 24. april 2025\nTid: kl. 18.00 - 21.10\n\n"
            "Til stede:\nHelle Rask Jeppesen\nMikkel Bach Sørensen\nLine Sejer Bruhn\n\n"
            "Stedfortrædere: Mikkel Bach Sørensen (V) deltog i stedet for Helle Rask Jeppesen "
            "(V).\n\n1. Godkendelse af dagsorden\nGodkendt.\n")
    rows = [(r["person"], r["status"]) for r in rules_nlp(text)._.attendance]
    assert rows == [("Helle Rask Jeppesen", "absent"), ("Mikkel Bach Sørensen", "present"),
                    ("Line Sejer Bruhn", "present")]


def test_an_absence_list_closed_by_a_full_stop_ends_on_its_line(rules_nlp) -> None:
    text = ("Referat af Ældrerådets møde\nOnsdag den 11. juni 2025 fra kl. 9 til kl. 12\n\n"
            "Til stede:\nEllen Margrethe Kofoed\nInger Bach Rosenørn\n\n"
            "Afbud: Bjarne Holt og Lilly Damgaard Friis.\n"
            "Fra kommunen deltog ældrechef Helle Marie Juncker.\n\n"
            "1. Godkendelse af dagsorden\nGodkendt.\n")
    rows = {r["person"]: r["status"] for r in rules_nlp(text)._.attendance}
    assert rows["Bjarne Holt"] == rows["Lilly Damgaard Friis"] == "absent"
    assert rows.get("Helle Marie Juncker") != "absent"


def test_a_web_pages_list_of_one_line_blocks_gives_each_group_its_role(rules_nlp) -> None:
    # Each <dt>/<dd> of a web page is a block of its own: the list runs past the blank lines,
    # a role alone on a line names the group under it, and a note opening with a job title
    # gives the role.
    text = ("Lokaludvalg – referat\n\nMødedato: 12.03.2025\n\nMødedeltagere\n\nFormand\n\n"
            "Birthe Lykke Andersen (Grundejerforeningen Nord)\n\nNæstformand\n\n"
            "Søren Holm Kjær (Venstre)\n\nMedlemmer\n\nKaren Dam Nielsen (Enhedslisten)\n\n"
            "Peter Vang Olsen (Boligforeningen Syd)\n\nFraværende\n\nLars Bo Madsen (Konservative)"
            "\n\nSekretariatet\n\nMette Skov Larsen (projektmedarbejder, referent)\n\n"
            "1. Godkendelse af dagsorden\n\nGodkendt.\n")
    rows = {r["person"]: (r["role"], r["status"], r["note"])
            for r in rules_nlp(text)._.attendance}
    assert rows == {
        "Birthe Lykke Andersen": ("formand", "present", "Grundejerforeningen Nord"),
        "Søren Holm Kjær": ("næstformand", "present", "Venstre"),
        "Karen Dam Nielsen": ("medlem", "present", "Enhedslisten"),
        "Peter Vang Olsen": ("medlem", "present", "Boligforeningen Syd"),
        "Lars Bo Madsen": ("", "absent", "Konservative"),
        "Mette Skov Larsen": ("projektmedarbejder", "present", "projektmedarbejder, referent")}


def test_a_role_before_the_next_name_is_that_ones_and_an_office_may_name_its_department(
        rules_nlp) -> None:
    text = ("Byrådet\nMødedato: 26.05.2025\n\nDeltagere: Hans Ulrik Berg (V), "
            "1. viceborgmester Gitte Lund Holm (A), Kim Bech Sand (C).\n\n"
            "Fra administrationen: direktør for Børne- og Ungeforvaltningen Ole Vestergaard Dahl "
            "(punkt 3).\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n")
    rows = {r["person"]: r["role"] for r in rules_nlp(text)._.attendance}
    assert rows["Hans Ulrik Berg"] == "" and rows["Kim Bech Sand"] == ""
    assert rows["Gitte Lund Holm"] == "viceborgmester"
    assert rows["Ole Vestergaard Dahl"] == "direktør"


def test_a_member_table_with_a_remarks_column_gives_role_and_note(rules_nlp) -> None:
    text = ("Referat af bestyrelsesmøde\nMødet blev afholdt den 17. juni 2025 kl. 13.00.\n\n"
            "Fra direktionen deltog:\nNavn\tStilling\tBemærkning\n"
            "Hanne Bro Kjeldsen\tØkonomidirektør\t\nJens Aage Mølgaard\tJuridisk konsulent\t"
            "Referent\n\n1. Godkendelse af dagsorden\nGodkendt.\n")
    rows = {r["person"]: (r["role"], r["note"]) for r in rules_nlp(text)._.attendance}
    assert rows == {"Hanne Bro Kjeldsen": ("økonomidirektør", ""),
                    "Jens Aage Mølgaard": ("juridisk konsulent", "Referent")}


def test_a_web_pages_member_table_without_a_header_gives_each_party_as_the_note(
        rules_nlp) -> None:
    page = ("<html><body><h1>Byrådet</h1><p>Mødedato: 17.03.2025 kl. 18.00</p><h2>Deltagere</h2>"
            "<table><tr><td>Anne Holm Berg</td><td>V</td></tr><tr><td>Bo Lund Madsen</td>"
            "<td>Socialistisk Folkeparti</td></tr></table><h2>Afbud</h2><table><tr>"
            "<td>Dorte Vang Olsen</td><td>F</td></tr></table>"
            "<h2>1. Godkendelse af dagsorden</h2><p>Godkendt.</p></body></html>")
    rows = {(r["person"], r["status"], r["note"])
            for r in rules_nlp(read_html(page.encode()))._.attendance}
    assert rows == {("Anne Holm Berg", "present", "V"),
                    ("Bo Lund Madsen", "present", "Socialistisk Folkeparti"),
                    ("Dorte Vang Olsen", "absent", "F")}


def test_staff_named_in_a_sentence_after_deltog_attend_and_a_note_saying_deltog_is_no_list(
        rules_nlp) -> None:
    text = ("Referat af Ældrerådets møde\nOnsdag den 11. juni 2025 fra kl. 9 til kl. 12\n\n"
            "Til stede:\nEllen Margrethe Kofoed\nInger Bach Rosenørn (deltog til kl. 11.00)\n"
            "Poul Rømer Hansen\n\n"
            "Fra kommunen deltog ældrechef Helle Marie Juncker (punkt 4 og 5) og sekretær "
            "Jonna Vestergaard (referent).\n\n1. Godkendelse af dagsorden\nGodkendt.\n")
    rows = {r["person"]: (r["role"], r["status"], r["note"])
            for r in rules_nlp(text)._.attendance}
    assert rows == {"Ellen Margrethe Kofoed": ("", "present", ""),
                    "Inger Bach Rosenørn": ("", "present", "deltog til kl. 11.00"),
                    "Poul Rømer Hansen": ("", "present", ""),
                    "Helle Marie Juncker": ("ældrechef", "present", "punkt 4 og 5"),
                    "Jonna Vestergaard": ("sekretær", "present", "referent")}


def test_a_web_pages_member_table_with_a_status_column_gives_each_ones_status(
        rules_nlp) -> None:
    # No header row, so no known column names: the status words recurring every few blocks
    # are each row's cell, not headings over the names after them.
    members = [("Anne Holm Berg", "V", "Deltog"), ("Bo Lund Madsen", "A", "Afbud"),
               ("Carl Emil Dahl", "C", "Deltog"), ("Dorte Vang Olsen", "F", "Fraværende"),
               ("Erik Moos Lind", "Ø", "Til stede")]
    page = ("<html><body><h1>Byrådet</h1><p>Mødedato: 17.03.2025 kl. 18.00</p><table>"
            + "".join(f"<tr><td>{n}</td><td>{p}</td><td>{s}</td></tr>" for n, p, s in members)
            + "</table><h2>1. Godkendelse af dagsorden</h2><p>Godkendt.</p></body></html>")
    rows = {(r["person"], r["status"], r["note"])
            for r in rules_nlp(read_html(page.encode()))._.attendance}
    assert rows == {("Anne Holm Berg", "present", "V"), ("Bo Lund Madsen", "absent", "A"),
                    ("Carl Emil Dahl", "present", "C"), ("Dorte Vang Olsen", "absent", "F"),
                    ("Erik Moos Lind", "present", "Ø")}


def test_a_web_page_of_two_meetings_with_labels_over_their_values_gives_two_meetings(
        rules_nlp) -> None:
    def meeting(date: str, items: int) -> str:
        return ("<p>Teknisk Udvalg</p><p>Referat</p><p>Mødedato</p><p>" + date + "</p>"
                "<p>Tidspunkt</p><p>kl. 16.00 - 18.00</p><p>Deltagere</p><p>Anne Holm Berg</p>"
                + "".join(f"<h3>{k}. Sag nummer {k}</h3><p>Beslutning</p><p>Godkendt.</p>"
                          for k in range(1, items + 1)) + "<p>Mødet sluttede kl. 18.00</p>")
    page = ("<html><body>" + meeting("Onsdag den 7. august 2024", 3)
            + meeting("Onsdag den 4. september 2024", 2) + "</body></html>")
    doc = rules_nlp(read_html(page.encode()))
    assert [(m["body"], m["date"], m["start_time"]) for m in doc._.meetings] == [
        ("Teknisk Udvalg", "2024-08-07", "16:00"), ("Teknisk Udvalg", "2024-09-04", "16:00")]
    assert [a["item_no"] for a in doc._.agenda_items] == ["1", "2", "3", "1", "2"]


def test_a_pdf_member_table_whose_gaps_collapsed_in_some_rows_is_read_to_its_end(
        rules_nlp) -> None:
    # A PDF reader keeps the column gaps of most rows but runs some rows' cells together with
    # single spaces: such a row is split by the values its columns hold in the other rows.
    rows_text = [
        "Karen Bøgh Lassen              Formand                  Til stede",
        "Jens Otto Riis                 Næstformand              Til stede",
        "Marie-Louise Dam Storm Medlem Til stede",
        "Niels Vad                      Medlem Til stede (fra kl. 14.00)",
        "Ole Kjær Bundgaard Medlem Afbud",
        "Sofie Lind                     Medlem Afbud (sygdom)",
        "Per Holm-Vestergaard           Medlem                   Til stede",
        "Bo Vang Kristensen Suppleant Til stede",
    ]
    text = ("Referat\nÆldrerådet\nMødedato: 10. april 2025 kl. 13.00\n\n"
            "Navn                           Funktion                 Fremmøde\n\n"
            + "\n\n".join(rows_text)
            + "\n\n1. Godkendelse af dagsorden\nGodkendt.\n")
    rows = {r["person"]: (r["role"], r["status"], r["note"])
            for r in rules_nlp(text)._.attendance}
    assert rows == {"Karen Bøgh Lassen": ("formand", "present", ""),
                    "Jens Otto Riis": ("næstformand", "present", ""),
                    "Marie-Louise Dam Storm": ("medlem", "present", ""),
                    "Niels Vad": ("medlem", "present", "fra kl. 14.00"),
                    "Ole Kjær Bundgaard": ("medlem", "absent", ""),
                    "Sofie Lind": ("medlem", "absent", "sygdom"),
                    "Per Holm-Vestergaard": ("medlem", "present", ""),
                    # a role no other row holds is told by the title vocabulary
                    "Bo Vang Kristensen": ("suppleant", "present", "")}


def test_words_qualifying_a_title_after_a_name_are_part_of_the_role(rules_nlp) -> None:
    text = ("Referat af bestyrelsesmøde\nMødet blev afholdt den 18. juni 2025 kl. 15.00.\n\n"
            "Deltagere:\nAnne Holm Berg, formand\nBo Lund Kjær, medarbejdervalgt "
            "bestyrelsesmedlem\nCarl Emil Dahl, kommunalt udpeget næstformand\n\n"
            "1. Godkendelse af dagsorden\nGodkendt.\n")
    rows = {r["person"]: r["role"] for r in rules_nlp(text)._.attendance}
    assert rows == {"Anne Holm Berg": "formand",
                    "Bo Lund Kjær": "medarbejdervalgt bestyrelsesmedlem",
                    "Carl Emil Dahl": "kommunalt udpeget næstformand"}


def test_a_web_pages_member_table_with_a_role_column_gives_each_ones_role(rules_nlp) -> None:
    # Cells one per block: name, party, the title where the member holds one, presence.
    members = [("Anne Holm Berg", "V", "Borgmester", "Til stede"),
               ("Bo Lund Madsen", "A", "", "Til stede"),
               ("Carl Emil Dahl", "C", "Viceborgmester", "Afbud"),
               ("Dorte Vang Olsen", "F", "", "Til stede")]
    page = ("<html><body><h1>Byrådet</h1><p>Mødedato: 17.03.2025 kl. 18.00</p><table>"
            + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>"
                      for row in members)
            + "</table><h2>1. Godkendelse af dagsorden</h2><p>Godkendt.</p></body></html>")
    rows = {(r["person"], r["role"], r["status"], r["note"])
            for r in rules_nlp(read_html(page.encode()))._.attendance}
    assert rows == {("Anne Holm Berg", "borgmester", "present", "V"),
                    ("Bo Lund Madsen", "", "present", "A"),
                    ("Carl Emil Dahl", "viceborgmester", "absent", "C"),
                    ("Dorte Vang Olsen", "", "present", "F")}


def test_a_first_name_that_is_also_a_month_opens_a_name(rules_nlp) -> None:
    text = ("Referat\nHandicaprådet\nMødedato: 9. april 2024\n\nDeltagere:\n"
            "Hanne Kristensen (Ældresagen)\nJan Erik Bundgaard-Nielsen (Scleroseforeningen)\n"
            "August Holm\n\n1. Godkendelse af dagsorden\nGodkendt.\n")
    rows = {r["person"] for r in rules_nlp(text)._.attendance}
    assert rows == {"Hanne Kristensen", "Jan Erik Bundgaard-Nielsen", "August Holm"}


def test_a_name_a_news_model_read_as_an_organisation_is_a_person_after_a_title(nlp) -> None:
    # The shipped model's news-trained NER reads this name as an organisation; a title before
    # it and a first name of first names ("Mia-Sofie") make it a person's name.
    text = ("Referat\nØkonomiudvalget\n\nFra administrationen: kommunaldirektør Anders Holm Bech, "
            "direktør Mia-Sofie Beck Andersen (deltog under punkt 9) og sekretariatschef "
            "Jens Erik Holm.\n\n1. Godkendelse af dagsorden\nGodkendt.\n")
    doc = nlp(text)
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == [
        "Anders Holm Bech", "Mia-Sofie Beck Andersen", "Jens Erik Holm"]
    assert not [e for e in doc.ents if e.label_ == "ORG" and "Mia" in e.text]
