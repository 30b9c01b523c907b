"""Minute books: one file holding a year of meetings, split into meetings with their date,
their signatories (present), absentees and the offices the book says each member held."""

from __future__ import annotations

from pathlib import Path

import pytest

import extract
from extract import resources
from extract.evaluation.minute_books import read_book_gold, score_books
from extract.rules.minute_books import book_date, split_minute_book
from extract.rules.signatures import person_key, split_names

FIRST_NAMES = frozenset(resources.first_names())

# A small book in the style of the 1940s parish councils (fictional people).
BOOK = """Meddelelse fra Amtet om Vejene.

Til Efterretning.

Mødet hævet.
Hans Ravn
Jens Holt

Aar 1943 den 14' Januar afholdtes Sogneraadsmøde i Skolen.
Alle Medlemmer vare mødte med Undtagelse af Peder Mark.

1. Andragende fra Karen Lund om Hjælp.
Bevilges 20 Kr.

2. Som Formand genvalgtes Hans Ravn.
Til Kasserer valgtes Gdr. Jens Holt.

Mødet hævet.
Hans Ravn   Jens Holt
Ole Bak

Sogneraadsmøde paa Kroen d. 9/2 43 Kl. 7½ Em.
Tilstede var: Hans Ravn, Jens Holt og Ole Bak.

1. Skatteklage fra Niels Bro. Kan ikke eftergives.

2. Klage over Vejen ved Kroen. Overlades Vejudvalget.

Skovby Sogneraad d. 9/2 1943
Hans Ravn
Jens Holt Ole Bak Peder Mark
"""


def meetings_of(text: str):
    return split_minute_book(text, first_names=FIRST_NAMES)


def test_a_book_is_split_into_its_meetings_with_dates() -> None:
    book = meetings_of(BOOK)
    assert [m.date for m in book] == ["", "1943-01-14", "1943-02-09"]
    assert [BOOK[m.start_char:m.end_char].split("\n")[0] for m in book] == [
        "Meddelelse fra Amtet om Vejene.",
        "Aar 1943 den 14' Januar afholdtes Sogneraadsmøde i Skolen.",
        "Sogneraadsmøde paa Kroen d. 9/2 43 Kl. 7½ Em."]
    assert book[2].start_time == "19:30"


def test_signatories_are_present_and_named_absentees_absent() -> None:
    book = meetings_of(BOOK)
    assert [(a.person, a.status) for a in book[1].attendance] == [
        ("Hans Ravn", "present"), ("Jens Holt", "present"), ("Ole Bak", "present"),
        ("Peder Mark", "absent")]
    assert [a.person for a in book[2].attendance] == ["Hans Ravn", "Jens Holt", "Ole Bak",
                                                       "Peder Mark"]


def test_offices_hold_from_the_election_and_back_when_re_elected() -> None:
    book = meetings_of(BOOK)
    roles = [{a.person: a.role for a in m.attendance if a.role} for m in book]
    # "genvalgtes": Hans Ravn was chairman already; Jens Holt is treasurer from his election.
    assert roles == [{"Hans Ravn": "formand"}, {"Hans Ravn": "formand", "Jens Holt": "kasserer"},
                     {"Hans Ravn": "formand", "Jens Holt": "kasserer"}]


def test_ordinary_minutes_are_not_a_minute_book(root: Path) -> None:
    text = (root / "corpus" / "samples" / "sogneraad_saksild_1943-02-06.txt").read_text("utf-8")
    assert meetings_of(text) == []


@pytest.mark.parametrize(("line", "iso"), [
    ("Aar 1942. den 6 Januar afholdtes Sogneraadsmøde", "1942-01-06"),
    ("Aar 1940 den 8d Januar afholdtes", "1940-01-08"),
    ("Aar 1944 den 5t April var Sogneraadet", "1944-04-05"),
    ("Aar 1944 den 4 Mai var Sogneraadet", "1944-05-04"),
    ("Elev Sogneraad den 6/2 1943", "1943-02-06"),
    ("Sogneraadsmøde paa de gamles Hjem den 27-1-42", "1942-01-27"),
    ("Sogneraadsmøde paa de gamles Hjem d 10/2 42", "1942-02-10"),
    ("Elev Sogneraad den 27/5 -1943", "1943-05-27"),
    ("Aar 1940 d. 14. Novb. afholdtes", "1940-11-14"),
    ("Aar 1944 den 2 Nvbr var Sogneraadet", "1944-11-02"),
    ("Fredag d. 26. Septbr. 1941 afholdt Kasse- og", "1941-09-26"),
    ("Ordinær Møde d. 10/1 1945 - Kl. 1300", "1945-01-10"),
    ("Sogneraadsmøde paa de gamles Hjem d 27/2", "1945-02-27"),  # the year of the book
    ("Aar 1940 den 2' October afholdtes Sogneraadsmøde", "1940-10-02"),  # months as spelt
    ("Aar 1940 den. 5' Desember afholdtes Sogneraadsmøde", "1940-12-05"),
    # a meeting's number that looks like a year ("18" corrected to "20") is no year
    ("1820 Møde\nAar 1945 den 17 Decbr var Sogneraadet", "1945-12-17"),
    ("1820 Møde\nden 17 Decbr var Sogneraadet", "1945-12-17"),
    # dotted numbers; more ordinal endings and month spellings; day and month after "den"
    ("Sogneraadsmøde den 7.1.1945 Kl. 19", "1945-01-07"),
    ("Sogneraadsmøde den 7.1.45", "1945-01-07"),
    ("Aar 1945 den 3die Marts var Sogneraadet", "1945-03-03"),
    ("Aar 1945 den 2den Januari var Sogneraadet", "1945-01-02"),
    ("Aar 1945 den 7ende Marts var Sogneraadet", "1945-03-07"),  # syvende
    ("Aar 1945 den 20ende Marts var Sogneraadet", "1945-03-20"),
    ("Aar 1945 Marts 8ende var Sogneraadet", "1945-03-08"),
    ("Sogneraadsmøde den 7-3", "1945-03-07"),
    # "i" before the month; "Mrts"
    ("Aar 1945 den 3die i April var Sogneraadet samlet", "1945-04-03"),
    ("Aar 1945 den 14 Mrts afholdt Sogneraadet Møde", "1945-03-14"),
    ("Aar 1945 den 3. i Sognet var Vejen lukket", ""),
    # a one-letter slip in a long month name
    ("Aar 1945 den 7. Jannuar afholdt Sogneraadet Møde", "1945-01-07"),
    ("Aar 1945 den 7 Novenber afholdt Sogneraadet Møde", "1945-11-07"),
    # a month shortened by dropping letters, of one month only
    ("Aar 1945 den 9 Sptbr. afholdtes Sogneraadsmøde", "1945-09-09"),
    ("Aar 1945 d. 4de Dcbr. mødtes Sogneraadet", "1945-12-04"),
    ("Aar 1945 den 9 Okto. var Sogneraadet samlet", "1945-10-09"),
    ("Sogneraadet samledes den 9 Jui", ""),  # "Juni" or "Juli"?
    ("Forslaget, som de 2 der stemte imod, faldt", ""),  # "der" is no December
    ("Lønnen gælder fra den 1. April", "1945-04-01"),  # "fra" is no Februar
    # dashes with spaces, en dashes, dotted day and month, the month in Roman figures
    ("Sogneraadsmøde den 9 - 1 - 1945", "1945-01-09"),
    ("Sogneraadsmøde 9–1–45 Kl. 19", "1945-01-09"),
    ("Sogneraadsmøde den 9.-1.-45", "1945-01-09"),
    ("Sogneraadsmøde d. 9.1. Kl. 19", "1945-01-09"),
    ("Sogneraadsmøde den 4/XII 1945", "1945-12-04"),
    ("Sogneraadsmøde d. 9. I. 45", "1945-01-09"),
    # the month before the day
    ("Aar 1945 Januar den 9. afholdtes Sogneraadsmøde", "1945-01-09"),
    ("Aar 1945 Marts 14de var Sogneraadet samlet", "1945-03-14"),
    # no date: a vote of 7 to 3, an item numbered 3.1.12, two meetings in a month, a weekday
    ("Forslaget vedtoges med 7-3 Stemmer", ""),
    ("Punkt 3.1.12 udsattes", ""),
    ("Der holdes i Januar 2 Møder", ""),
    ("Sogneraadet samledes Mandag den 9 i Skolen", ""),
    ("I 2 Tilfælde bevilgedes Hjælp", ""),
])
def test_historic_meeting_dates(line: str, iso: str) -> None:
    assert book_date(line, year=1945)[0] == iso


@pytest.mark.parametrize(("line", "names"), [
    ("Ejner Sørensen Herman Johansen Jens Sørensen",
     ["Ejner Sørensen", "Herman Johansen", "Jens Sørensen"]),
    ("R. Helbo Sørensen K. M. Laursen Jens Terp Laursen",
     ["R. Helbo Sørensen", "K. M. Laursen", "Jens Terp Laursen"]),
    ("RN Rasmussen Jens Jensen", ["RN Rasmussen", "Jens Jensen"]),
    ("Johs Kirkegaard A Jensen K Nielsen", ["Johs Kirkegaard", "A Jensen", "K Nielsen"]),
    ("Niels P. Kjeldsen   Holger Dam   Jens Rasmussen",
     ["Niels P. Kjeldsen", "Holger Dam", "Jens Rasmussen"]),
    ("ValdButtenschøn", ["ValdButtenschøn"]),
    ("OSpliid.", ["OSpliid"]),
    ("Jan Jensen", ["Jan Jensen"]),  # a first name that is a month's name too
    ("Maj Bech   August Holm", ["Maj Bech", "August Holm"]),
    ("J. Aug. Jensen", ["J. Aug. Jensen"]),  # "Aug." shortens August, no month without digits
    ("Reinh. Pedersen", ["Reinh. Pedersen"]),  # a first name shortened with a full stop
    ("Til Efterretning.", None),
    ("Kassebeholdningen udgør 3200 Kr", None),
    ("Mødet hævet", None),
    ("Januar Februar Marts", None),
    # signatures in two columns, one a surname alone
    ("Jensen                          K. Møller", ["Jensen", "K. Møller"]),
    ("Jensen   Møller", None),  # no name beside the lone words
])
def test_signature_lines_split_into_names(line: str, names: list[str] | None) -> None:
    found = split_names(line, FIRST_NAMES)
    assert (None if found is None else [line[s:e] for s, e in found]) == names


def test_spellings_of_one_signatory_share_a_key() -> None:
    assert person_key("Alfr. Andersen") == person_key("Alf. Andersen") == "a andersen"
    assert person_key("ValdButtenschøn") == person_key("Vald. Buttenschøn")
    assert person_key("S. P. Mathiesen") == person_key("Søren P. Mathiesen")
    assert person_key("Carl Rasmussen") != person_key("Rich. Rasmussen")


def test_book_tables_have_one_row_per_meeting(rules_nlp) -> None:
    tables = extract.to_tables([rules_nlp(BOOK)])
    dates = tables["meetings"]["date"]
    assert dates.isna().tolist() == [True, False, False]  # the fragment before the first opening
    assert dates.dropna().tolist() == ["1943-01-14", "1943-02-09"]
    att = tables["attendance"]
    assert att.groupby("meeting_id").size().tolist() == [2, 4, 4]
    assert att.query("person == 'Peder Mark' and status == 'absent'").meeting_id.tolist() == [
        tables["meetings"].meeting_id[1]]
    decisions = tables["decisions"]
    assert decisions[["meeting_id", "item_no", "outcome"]].values.tolist() == [
        [tables["meetings"].meeting_id[1], "1", "approved"],
        [tables["meetings"].meeting_id[1], "2", "elected"],
        [tables["meetings"].meeting_id[2], "1", "rejected"],
        [tables["meetings"].meeting_id[2], "2", "referred"]]


def test_parish_books_against_gold(nlp, shared: Path, root: Path) -> None:
    """Issue 4, must-show 3: meeting dates and attendance on the annotated parish books."""
    gold = read_book_gold(root / "corpus" / "gold" / "parish.jsonl")
    assert len(gold) >= 4
    total, books = score_books(gold, nlp)
    assert total.meetings.gold >= 60
    assert total.meetings.f1 >= 0.95
    assert total.dates.f1 >= 0.9
    assert total.attendance.f1 >= 0.9
    assert total.roles.f1 >= 0.9
    assert min(b.attendance.f1 for b in books) >= 0.85


def test_a_books_action_items_are_scored_where_its_gold_lists_them(rules_nlp) -> None:
    from extract.evaluation.minute_books import BookGold, score_book

    referral = BOOK.index("Overlades Vejudvalget")
    sentence = (referral, BOOK.index("\n", referral))
    opening = BOOK.index("Sogneraadsmøde paa Kroen")
    meetings = [{"start": 0, "end": opening, "date": "", "attendance": [], "actions": []},
                {"start": opening, "end": len(BOOK), "date": "1943-02-09", "attendance": [],
                 "actions": [{"actor": "Vejudvalget", "verb": "overlade", "deadline": "",
                              "start_char": sentence[0], "end_char": sentence[1]},
                             # a task the pipeline does not find
                             {"actor": "Formanden", "verb": "skrive", "deadline": "",
                              "start_char": opening, "end_char": opening + 20}]}]
    scores = score_book(BookGold("book", Path("book.txt"), BOOK, meetings), rules_nlp(BOOK))
    assert (scores.actions.tp, scores.actions.gold) == (1, 2)
    # Gold without action items (the older format) leaves them unscored.
    for m in meetings:
        del m["actions"]
    scores = score_book(BookGold("book", Path("book.txt"), BOOK, meetings), rules_nlp(BOOK))
    assert (scores.actions.gold, scores.actions.predicted) == (0, 0)


def test_meetings_whose_date_or_split_is_doubtful_are_flagged_for_review() -> None:
    from extract.rules.meeting_review import review_reasons

    openings = ["Onsdag den 15. Januar 1941 afholdtes Møde.",  # a Wednesday: right
                "Mandag den 12. Februar 1941 afholdtes Møde.",  # a Wednesday, not a Monday
                "Mødet den 13. Marts 1941.",
                "Aar 1941 den 10. Marts afholdtes Møde.",  # before the meeting above
                "Møde i Skolen.",  # no date
                "Aar 1938 den 5. Maj afholdtes Møde."]  # three years from the others
    dates = ["1941-01-15", "1941-02-12", "1941-03-13", "1941-03-10", "", "1938-05-05"]
    text, spans = "", []
    for opening in openings:
        spans.append((len(text), len(text) + len(opening) + 1))
        text += opening + "\n"
    meetings = [{"date": d} for d in dates]
    reasons = review_reasons(meetings, spans, text, attended=[5, 5, 0, 5, 5, 4])
    assert reasons[0] == ""
    assert reasons[1] == "mandag is not the date's weekday"
    assert reasons[2] == "nobody recorded as attending"
    assert reasons[3] == "date before the previous meeting's"
    assert reasons[4] == "no date"
    assert "over a year" in reasons[5] and "before the previous" in reasons[5]
    # A file binding two runs of meetings (1944, then 1940) is flagged once, where the second
    # run starts, not on every meeting of the smaller run.
    runs = ["1944-01-21", "1944-03-25", "1944-05-17", "1940-04-10", "1940-05-20", "1940-07-17",
            "1940-08-06", "1940-09-13"]
    flags = review_reasons([{"date": d} for d in runs], [(0, 0)] * len(runs), "")
    assert flags == ["", "", "", "date before the previous meeting's", "", "", "", ""]
    # A book that records nobody for most meetings: an empty one is not odd there.
    assert review_reasons(meetings[:3], spans[:3], text, attended=[0, 0, 0])[2] == ""
    # Other documents: unrecorded attendance is no reason.
    assert review_reasons(meetings[:3], spans[:3], text)[2] == ""


def test_a_run_over_minute_books_prints_each_books_meetings_and_flags(tmp_path: Path,
                                                                      capsys) -> None:
    from extract.cli import main

    inp = tmp_path / "books"
    inp.mkdir()
    (inp / "Skovby_1943.txt").write_text(BOOK, encoding="utf-8")
    assert main(["run", str(inp), "--out", str(tmp_path / "out"), "-q"]) == 0
    printed = capsys.readouterr().out
    assert "minute books (1)" in printed
    # The fragment before the first opening has no date: one meeting without, flagged.
    book_line = next(line for line in printed.splitlines() if "Skovby_1943.txt" in line)
    assert book_line.split()[1:] == ["3", "1", "1"]
    import pandas as pd
    meetings = pd.read_parquet(tmp_path / "out" / "meetings.parquet")
    assert meetings["needs_review"].tolist() == [True, False, False]
    assert meetings["review"].tolist()[0] == "no date"


def test_a_short_heading_line_over_an_opening_starts_the_meeting() -> None:
    # The meeting's number written otherwise than "10 Møde" ("10 Møder", "Ekstra Møde") still
    # heads the opening below it, right after the previous meeting's signatures.
    book = ("9 Møde\nAar 1942 den 16 August var Sogneraadet forsamlet.\n\n"
            "1. Skatteklage fra Niels Bro. Kan ikke eftergives.\n\nHans Ravn\nJens Holt\n\n"
            "10 Møder\nAar 1942 den 20 August var Sogneraadet forsamlet.\n\n"
            "1. Klage over Vejen. Overlades Vejudvalget.\n\nHans Ravn\nJens Holt\n\n"
            "Ekstra Møde\nAar 1942 den 3 September var Sogneraadet forsamlet.\n\n"
            "1. Andragende fra Karen Lund. Bevilges.\n\nHans Ravn\nJens Holt\n")
    meetings = meetings_of(book)
    assert [m.date for m in meetings] == ["1942-08-16", "1942-08-20", "1942-09-03"]
    assert [book[m.start_char:].split("\n", 1)[0] for m in meetings] == [
        "9 Møde", "10 Møder", "Ekstra Møde"]


def test_a_referral_wrapped_after_a_preposition_names_the_whole_committee(rules_nlp) -> None:
    from extract.rules.actions.zones import sentence_spans

    text = "Overlades Udvalget for\nUdvidelse og Bebyggelse.\n\nTil Efterretning\nHans Ravn."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Overlades Udvalget for\nUdvidelse og Bebyggelse.", "Til Efterretning", "Hans Ravn."]
    book = BOOK.replace("Overlades Vejudvalget.", "Overlades Udvalget for\nVejvæsenet.")
    actions = [(a["actor"], a["verb"]) for a in rules_nlp(book)._.actions]
    assert actions == [("Udvalget for Vejvæsenet", "overlade")]


def test_a_books_members_are_one_row_each_across_spellings(rules_nlp) -> None:
    from extract.book_members import book_members

    # The last meeting's chairman signs "H. Ravn", and the clerk wrote "Holt" alone.
    book = BOOK.replace("1943\nHans Ravn\nJens Holt Ole Bak", "1943\nH. Ravn\nJens Holt Ole Bak")
    book = book.replace("Tilstede var: Hans Ravn, Jens Holt og Ole Bak.",
                        "Tilstede var: Hans Ravn, Holt og Ole Bak.")
    members = book_members(extract.to_tables([rules_nlp(book)])).set_index("member")
    assert members.loc["Hans Ravn", ["spellings", "meetings_present", "meetings_absent",
                                     "first_meeting", "last_meeting", "role"]].tolist() == [
        2, 3, 0, "1943-01-14", "1943-02-09", "formand"]
    assert members.loc["Peder Mark", ["meetings_present", "meetings_absent"]].tolist() == [1, 1]
    assert len(members) == 4  # Ravn, Holt, Bak, Mark: no row for a spelling of its own
    # Minutes that are no minute book give no members.
    assert book_members(extract.to_tables([rules_nlp("Referat\nByrådet\n")])).empty


def test_spellings_of_one_member_are_grouped_by_surname_and_initials() -> None:
    import pandas as pd

    from extract.book_members import book_members

    signed = [("m1", "S. P. Sørensen"), ("m2", "P. Sørensen"), ("m3", "S.P.Sørensen"),
              ("m1", "Carl Rasmussen"), ("m2", "Carl Rasmussen"), ("m3", "Carl Rasmusen"),
              ("m1", "Rich. Rasmussen"), ("m2", "Jensen"), ("m1", "J. P. Jensen"),
              ("m3", "Aage Jensen")]
    tables = {
        "documents": pd.DataFrame({"doc_id": ["b"], "kind": ["minute_book"]}),
        "meetings": pd.DataFrame({"meeting_id": ["m1", "m2", "m3"],
                                  "date": ["1942-01-06", "1942-02-12", pd.NA]}),
        "attendance": pd.DataFrame({"doc_id": "b", "meeting_id": [m for m, _ in signed],
                                    "person": [p for _, p in signed], "status": "present",
                                    "role": pd.NA, "start_char": range(len(signed))}),
    }
    members = book_members(tables).set_index("member")
    assert members.loc["S. P. Sørensen", ["spellings", "meetings_present", "first_meeting",
                                          "last_meeting"]].tolist() == [
        3, 3, "1942-01-06", "1942-02-12"]  # the undated meeting counts, but dates none
    assert members.loc["Carl Rasmussen", "spellings"] == 2  # "Rasmusen": one letter off
    assert "Rich. Rasmussen" in members.index  # another first initial: another member
    # "Jensen" alone fits both J. P. Jensen and Aage Jensen: it stays a row of its own.
    assert {"J. P. Jensen", "Aage Jensen", "Jensen"} <= set(members.index)


def test_an_opening_with_an_ordinal_day_after_den_starts_a_meeting() -> None:
    book = ("1940.\nAar 1940 den 8d Januar afholdtes Sogneraadsmøde.\n\n1. Skatteklage. "
            "Afslaaet.\n\nHans Ravn\nJens Holt\n\nAar 1940 den. 9d April afholdtes "
            "Sogneraadsmøde.\n\n1. Vejen. Overlades Vejudvalget.\n\nHans Ravn\nJens Holt\n")
    assert [m.date for m in meetings_of(book)] == ["1940-01-08", "1940-04-09"]


def test_all_members_said_present_are_the_members_sitting_around_that_meeting() -> None:
    book = ("Aar 1940 den 8 Januar afholdtes Sogneraadsmøde.\n\n1. Skatteklage. Afslaaet.\n\n"
            "Hans Ravn\nJens Holt\nOle Bak\n\n"
            "Aar 1940 den 9 April afholdtes Sogneraadsmøde.\nAlle Medlemmer vare mødte.\n\n"
            "1. Vejen. Overlades Vejudvalget.\n\nHans Ravn\n\n"
            "Aar 1940 den 20 Maj afholdtes Sogneraadsmøde.\n\n1. Andragende. Bevilges.\n\n"
            "Hans Ravn\nJens Holt\nPeder Mark\n")
    meetings = meetings_of(book)
    april = meetings[1]
    said = book.index("Alle Medlemmer vare mødte")
    rows = {(r.person, r.status, r.start_char) for r in april.attendance}
    # Ole Bak left and Peder Mark came between January and May: neither is counted.
    assert rows == {("Hans Ravn", "present", said), ("Jens Holt", "present", said)}


def test_an_unsigned_meeting_that_names_who_was_away_had_the_other_members_there() -> None:
    book = ("Aar 1941 den 7. Januar afholdt Sogneraadet Møde.\n\n1. Vejen. Afslaaet.\n\n"
            "Oplæst. Mødet hævet.\n\nHans Ravn\nJens Holt\nOle Bak\n\n"
            "Aar 1941 den 4. Februar afholdt Sogneraadet Møde.\nFraværende var Ole Bak\n\n"
            "1. Skolen. Bevilget.\n\nOplæst. Mødet hævet.\n\n"
            "Aar 1941 den 4. Marts afholdt Sogneraadet Møde.\nFraværende: Ingen\n\n"
            "1. Andragende. Bevilges.\n\nOplæst. Mødet hævet.\n\n"
            "Aar 1941 den 1. April afholdt Sogneraadet Møde.\nFraværende var Jens Holt\n\n"
            "1. Kloaken. Afslaaet.\n\nOplæst. Mødet hævet.\n\nHans Ravn\nOle Bak\nPeder Mark\n")
    meetings = meetings_of(book)
    february, march, april = meetings[1], meetings[2], meetings[3]
    away = book.index("Fraværende var Ole Bak")
    assert {(r.person, r.status) for r in february.attendance} == {
        ("Ole Bak", "absent"), ("Hans Ravn", "present"), ("Jens Holt", "present")}
    assert all(r.start_char == away for r in february.attendance if r.status == "present")
    # "Ingen": nobody away, so every member who sat at the nearest signed meeting (April: Jens
    # Holt, named absent there, is one; so is Peder Mark, who first signs then) was there.
    # February's nearest is January, before Peder Mark came.
    assert {(r.person, r.status) for r in march.attendance} == {
        ("Hans Ravn", "present"), ("Jens Holt", "present"), ("Ole Bak", "present"),
        ("Peder Mark", "present")}
    # A signed meeting's signatures are its record: no one is added from the statement.
    assert {(r.person, r.status) for r in april.attendance} == {
        ("Jens Holt", "absent"), ("Hans Ravn", "present"), ("Ole Bak", "present"),
        ("Peder Mark", "present")}


def test_signatures_of_unknown_names_count_in_a_block_of_signatures() -> None:
    book = ("Aar 1941 den 7. Januar afholdt Sogneraadet Møde.\n\n1. Vejen. Afslaaet.\n\n"
            "Oplæst. Mødet hævet.\n\nHans Ravn\nHerløv Harmsen\nJ. Holt\nLaursen\n\n"
            "Aar 1941 den 4. Februar afholdt Sogneraadet Møde.\n\n1. Skolen. Bevilget.\n\n"
            "Oplæst. Mødet hævet.\n\nLaursen\nHerløv Harmsen\n")
    january, february = meetings_of(book)
    assert [r.person for r in january.attendance] == [
        "Hans Ravn", "Herløv Harmsen", "J. Holt", "Laursen"]
    # Without two names a name list knows, two capitalised lines are no signatures.
    assert february.attendance == []


def test_a_name_wrapped_after_its_initials_is_one_name_and_the_actor(rules_nlp) -> None:
    doc = rules_nlp("ad 15. Det vedtoges at over-\ndrage Arbejdet til S. P.\nJensen for en "
                    "Pris af\n165 Kr.\n\nad 16. Overlades til A.\nRasmussen m. H. t.\n"
                    "Anskaffelse af Materiel.")
    people = [e.text.split() for e in doc.ents if e.label_ == "PERSON"]
    assert people == [["S.", "P.", "Jensen"], ["A.", "Rasmussen"]]
    assert [(a["actor"], a["verb"]) for a in doc._.actions] == [
        ("S. P. Jensen", "overdrage"), ("A. Rasmussen", "overlade")]
    # Party letters ending a sentence before a capitalised word are no initials of a name.
    doc = rules_nlp("Forslaget kom fra S, V, K, SF og Ø.\nKattegatkomitéen er en forening.")
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == []


def test_absentees_named_with_shortened_names_or_by_surname_signatures_stay_absent() -> None:
    signed = "Oplæst. Mødet hævet.\n\nHans Ravn\nAug. Holt\nOle Bak\nLaursen\n\n"
    book = ("Aar 1944 den 7. Januar afholdt Sogneraadet Møde.\n\n1. Vejen. Afslaaet.\n\n" + signed
            + "Aar 1944 den 4. Februar afholdt Sogneraadet Møde.\n"
            "Fraværende fra Aug. Holt og Hans Laursen.\n\n1. Skolen. Bevilget.\n\n"
            "Oplæst. Mødet hævet.\n\n"
            "Aar 1944 den 4. Marts afholdt Sogneraadet Møde.\n\n1. Kloaken. Afslaaet.\n\n" + signed)
    february = meetings_of(book)[1]
    assert {(r.person, r.status) for r in february.attendance} == {
        ("Aug. Holt", "absent"), ("Hans Laursen", "absent"), ("Hans Ravn", "present"),
        ("Ole Bak", "present")}


def test_a_list_of_actors_wrapped_after_an_initial_is_one_sentence(rules_nlp) -> None:
    doc = rules_nlp("ad 4. Det overlades til Jens Olsen, M. Kruse, H.\nHarmsen og A. Brask at "
                    "for-\nhandle om Spørgsmaalet med\nKommunen og\nAmtet.\n\n")
    assert [(a["actor"], a["verb"]) for a in doc._.actions] == [
        ("Jens Olsen, M. Kruse, H. Harmsen og A. Brask", "forhandle")]


def test_a_refusal_with_a_negated_modal_is_no_action(rules_nlp) -> None:
    doc = rules_nlp("ad 7. Det vedtoges at meddele Ansøgeren, at Kom-\nmunen vil ikke sætte Hegn "
                    "om\nGrunden, og at man heller ikke\nønsker at anbringe flere Lamper.\n\n")
    assert [a["verb"] for a in doc._.actions if a["actor"].lower() == "kommunen"] == []


@pytest.mark.parametrize("opening, iso", [
    ("Mødet den 14. April 1943 i Skolen.", "1943-04-14"),
    ("Mødet afholdt den 1. Juni 1943 paa Kroen.", "1943-06-01"),
    ("Fællesmøde med Skolekommissionen den 3. Maj 1943.", "1943-05-03"),
    ("Den 5. August 1943 holdtes Møde i Sogneraadet.", "1943-08-05"),
    ("Møde d. 9/9 43.", "1943-09-09"),
    ("Sogneraadsmøde den 16 ds.", "1943-03-16"),  # "ds.": this month, the last meeting's
    ("Sogneraadsmøde den 16de dennes.", "1943-03-16"),
    ("Sogneraadsmøde den 16ende ds.", "1943-03-16"),
    ("Sogneraadsmøde d. 16. d. M.", "1943-03-16"),
    ("Sogneraadsmøde den 16. i denne Maaned.", "1943-03-16"),
    ("Sogneraadsmøde Mandag den 16.", "1943-03-16"),  # the day alone ends the line
    ("Mandag, den 22. Marts\n1943 afholdt Sogneraadet Møde.", "1943-03-22"),
    ("Ved Revisionen d. 23/3 1943 af Regnskabet udviste Kassebeholdningen 300 Kr.", "1943-03-23"),
    ("D. D. mødte vi paa Kommunekontoret for at foretage Kasseeftersyn.", ""),  # date unsaid
    # other bodies' books: the body's meeting, gathered, called; a number heading with a kind
    ("Kommunalbestyrelsens møde den 17. marts 1955 kl. 19.30 på kommunekontoret.",
     "1955-03-17"),
    ("Referat af møde i Skovby kommunalbestyrelse mandag den 17. marts 1955.", "1955-03-17"),
    ("Ekstraordinært møde\nKommunalbestyrelsen var indkaldt til ekstraordinært møde fredag den "
     "17. marts 1955.", "1955-03-17"),
    ("Nr. 61. Konstituerende møde\nMøde i menighedsrådet tirsdag den 17. marts 1958.",
     "1958-03-17"),
    ("Nr. 62\nMøde tirsdag den 17. marts 1958 kl. 19.30 i præstegården.", "1958-03-17"),
    # the revisors' own record, dated, under a heading of its kind
    ("Kasseeftersyn.\nD. 23de Marts 1943 foretog undertegnede Revisorer uanmeldt Eftersyn\n"
     "af Kommunekassen hos Kassereren.", "1943-03-23"),
    # the day as an ordinal in words
    ("Aar 1943 den syvende Marts var Sogneraadet samlet.", "1943-03-07"),
    ("Aar 1943 den en og tyvende Marts afholdtes Møde.", "1943-03-21"),
    ("Aar 1943 den tredie Marts afholdtes Møde.", "1943-03-03"),  # the old spelling
    # the date first; the council's name in its old spelling; a heading naming the council
    ("Den 17. Marts 1943 var Sogneraadet samlet til Møde paa Kroen.", "1943-03-17"),
    ("Møde i Sogneraadet den 17. Marts 1943.", "1943-03-17"),
    ("Sogneraadets Møde 17/3 1943.", "1943-03-17"),
    ("Vestby-Nørby Sogneraad.\nMøde den 17. Marts 1943.", "1943-03-17"),
    # stray marks around the day
    ("Aar 1943. den .22' Marts afholdtes Sogneraadsmøde.", "1943-03-22"),
    ("Aar 1943 den 27.' Marts afholdtes Sogneraadsmøde.", "1943-03-27"),
    # a guardianship council called by telephone; a margin date over the body gathered
    ("Værgeraadet var telefonisk sammenkaldt af Formanden til Møde Søndag d. 21. Marts 1943.",
     "1943-03-21"),
    ("21/3\nVærgeraadet samledes i Skolen Kl. 7½ Aften.", "1943-03-21"),
    # a weekday and a day with the hour, no month: the next Friday the 12th after the 9th of
    # March (12 March 1943 was a Friday)
    ("Fredag d. 12. Kl. 8 Aften i Præstegaarden. Afbud fra Lærer Bøgh.", "1943-03-12"),
    # called by the chairman: no meeting moved
    ("Ekstraordinært møde\nTirsdag den 23. marts 1943 kl. 20.00 på kommunekontoret. Mødet var "
     "indkaldt af formanden.", "1943-03-23"),
    # a digit misread as a letter
    ("Aar 1943 den l2. Marts Kl. 19 holdt Sogneraadet Møde.", "1943-03-12"),
    # day and month with the hour; a feast day (Easter 1943 was 25 April); the weekday alone
    # before the body gathered; gathered after a service; an illegible day
    ("Møde paa Skolen 11.3. Kl. 19½. Fraværende: Ole Bak.", "1943-03-11"),
    ("Aar 1943 2den Paaskedag, efter Gudstjenesten, var Sogneraadet samlet.", "1943-04-26"),
    ("Efter Højmessen store Bededag samledes Menighedsrådet i Sakristiet.", "1943-05-21"),
    ("Torsdag. Sogneraadet var i Dag samlet i Skolen.", ""),
    ("Aar 1943 den [ulæseligt] Marts holdt Sogneraadet Møde.", ""),
    # the evening of the meeting before; a sitting continued from another day
    ("Fællesmøde med Skolekommissionen.\nSamme Aften Kl. 21 holdtes Møde paa Kroen.",
     "1943-03-09"),
    ("Fortsættelse af Mødet den 9. Marts.\nMødet genoptoges 11.3. Kl. 19.30 paa Kroen.",
     "1943-03-11"),
])
def test_more_opening_shapes_start_a_meeting_with_its_date(opening: str, iso: str) -> None:
    body = "\n\n1. Andragende fra Karen Lund om Hjælp. Bevilges.\n\nMødet hævet.\n\n"
    signed = body + "Hans Ravn\nJens Holt\n\n"
    book = ("Aar 1943 den 2. Marts afholdt Sogneraadet Møde." + signed
            + "Aar 1943 den 9. Marts afholdt Sogneraadet Møde." + signed + opening + signed)
    meetings = meetings_of(book)
    assert len(meetings) == 3
    assert meetings[2].start_char == book.index(opening)
    assert meetings[2].date == iso


def test_a_pages_year_on_a_line_of_its_own_dates_the_meetings_after_it() -> None:
    signed = "\n\n1. X. Bevilget.\n\nHans Ravn\nJens Holt\n\n"
    book = ("Budget for 1937-38 og 1937-38 og 1937.\n\n1936\n\n"
            "Sogneraadet holdt Møde paa Kroen d. 14. Jan. Kl. 19½. Alle mødt." + signed
            + "Sogneraadet holdt Møde paa Kroen d. 11. Febr. Kl. 19½. Alle mødt.\nArbejdet "
            "udføres i Foraaret\n1937." + signed
            + "Sogneraadet holdt Møde paa Kroen d. 10. Marts Kl. 19½. Alle mødt." + signed)
    assert [m.date for m in meetings_of(book)] == ["1936-01-14", "1936-02-11", "1936-03-10"]


def test_the_old_year_written_in_january_is_the_new_one() -> None:
    signed = "\n\n1. X. Bevilget.\n\nHans Ravn\nJens Holt\n\n"
    book = ("Aar 1944 den 14. November holdt Sogneraadet Møde." + signed
            + "Aar 1944 den 12. December holdt Sogneraadet Møde." + signed
            + "Aar 1944 den 9. Januar holdt Sogneraadet Møde." + signed)
    assert [m.date for m in meetings_of(book)] == ["1944-11-14", "1944-12-12", "1945-01-09"]


def test_item_headings_of_modern_minutes_open_no_meetings() -> None:
    # "Fællesmøde ..." and a date line head items of one modern meeting: without two openings
    # of a minute book's usual shapes, the text is no book.
    text = ("Sundheds- og Omsorgsudvalget\n\nMandag den 10. januar 2022\n\n"
            "1. Orientering om fællesmøder\n\n"
            "Fællesmøde den 23. maj 2022 med Klima- og Miljøudvalget\n\nSagsfremstilling\n"
            "Udvalget holder fællesmøde om planerne.\n\n"
            "Fællesmøde med Plan- og Trygdedsudvalget om planstrategien\n\nBeslutning\n"
            "Godkendt.\n\nMødet den 7. februar 2022 aflyses.\n")
    assert meetings_of(text) == []


_OLE_AWAY = {("Hans Ravn", "present"), ("Jens Holt", "present"), ("Ole Bak", "absent")}
_ALL_THREE = {("Hans Ravn", "present"), ("Jens Holt", "present"), ("Ole Bak", "present")}


@pytest.mark.parametrize("statement, expected", [
    ("Tilstede: Hans Ravn og Jens Holt.", {("Hans Ravn", "present"), ("Jens Holt", "present")}),
    ("Mødt var: Hans Ravn og Jens Holt.", {("Hans Ravn", "present"), ("Jens Holt", "present")}),
    ("Til Stede var alle Medlemmer.", _ALL_THREE),
    ("Alle til Stede.", _ALL_THREE),
    ("Alle Medlemmer var til Stede undtagen Ole Bak.", _OLE_AWAY),
    ("Ole Bak var fraværende.", _OLE_AWAY),
    ("Ole Bak havde meldt Afbud.", _OLE_AWAY),
    # more ways of saying who was away, and that all came
    ("Ole Bak mødte ikke.", _OLE_AWAY),
    ("Ole Bak var syg.", _OLE_AWAY),
    ("Udeblevet: Ole Bak.", _OLE_AWAY),
    ("Alle Medlemmer var mødte undt. Ole Bak.", _OLE_AWAY),
    ("Samtlige Sogneraadsmedlemmer var mødt.", _ALL_THREE),
])
def test_attendance_statements_in_an_unsigned_meeting(statement: str, expected: set) -> None:
    signed = "\n\n1. Vejen. Bevilges.\n\nMødet hævet.\n\nHans Ravn\nJens Holt\nOle Bak\n\n"
    book = ("Aar 1943 den 2. Marts afholdt Sogneraadet Møde." + signed
            + "Aar 1943 den 6. April afholdt Sogneraadet Møde.\n" + statement
            + "\n\n1. Skolen. Bevilges.\n\nMødet hævet.\n\n"
            + "Aar 1943 den 4. Maj afholdt Sogneraadet Møde." + signed)
    april = meetings_of(book)[1]
    assert {(r.person, r.status) for r in april.attendance} == expected


def test_a_decision_to_let_someone_do_it_hands_them_the_task(rules_nlp) -> None:
    doc = rules_nlp("ad 3. Det vedtoges at lade Formanden og Kassereren for-\nhandle med Amtet "
                    "om Sagen.\n\nad 4. Amtet spørger, om Sogneraadet er villigt til at lade "
                    "Vejen overføre til Amtet.\n\nad 5. Det vedtoges at lade Eftersynet "
                    "foretage af Dyrlæge Hansen.\n\n")
    assert [(a["actor"].lower(), a["verb"]) for a in doc._.actions] == [
        ("formanden og kassereren", "forhandle"), ("dyrlæge hansen", "foretage")]


@pytest.mark.parametrize("sentence, actor, verb", [
    ("ad 2. Formanden blev bemyndiget til at underskrive Skødet.", "Formanden", "underskrive"),
    ("ad 3. Kassereren blev paalagt at opkræve Restancerne.", "Kassereren", "opkræve"),
    ("ad 4. Vejudvalget fik i Opdrag at undersøge Sagen.", "Vejudvalget", "undersøge"),
    # "vilde", the old spelling of "ville", is a modal as "skulde" is
    ("ad 5. Formanden vilde skrive til Amtet om Sagen.", "Formanden", "skrive"),
])
def test_directives_with_an_auxiliary_or_an_errand(nlp, sentence: str, actor: str,
                                                    verb: str) -> None:
    doc = nlp(sentence)  # the tagger reads "fik" as a verb
    assert [(a["actor"], a["verb"]) for a in doc._.actions] == [(actor, verb)]


def test_all_gathered_but_a_run_of_absentees_over_wrapped_lines() -> None:
    signed = ("\n\n1. Vejen. Bevilges.\n\nMødet hævet.\n\n"
              "Hans Ravn\nJens Holt\nOle Bak\nPeder Mark\n\n")
    book = ("Aar 1942 den 3 Juni var Sogneraadet forsamlet." + signed
            + "Aar 1942 den 1 Oktb var Sogneraadet\nforsamlet i Forsamlingshuset alle Med-\n"
            "lemmer var forsamlet med Undtagelse\nRasmussen Thomasminde Jens Holt\nPeder Mark der "
            "forhandledes følgende\n\n1. Skolen. Bevilges.\n\n"
            + "Aar 1942 den 5 Nvbr var Sogneraadet forsamlet." + signed)
    october = meetings_of(book)[1]
    # "Rasmussen Thomasminde" (a surname and a farm) no name list reads; the names after it are.
    assert {(r.person, r.status) for r in october.attendance} == {
        ("Hans Ravn", "present"), ("Ole Bak", "present"), ("Jens Holt", "absent"),
        ("Peder Mark", "absent")}


def test_an_absentee_written_with_more_initials_is_not_also_made_present() -> None:
    signed = "\n\n1. Vejen. Bevilges.\n\nMødet hævet.\n\nHans Ravn\nP.Sørensen\nOle Bak\n\n"
    book = ("Aar 1942 den 3 Juni var Sogneraadet forsamlet." + signed
            + "Aar 1942 den 1 Juli var Sogneraadet forsamlet.\nAlle Medlemmer vare mødte med "
            "Untagelse af S. P. Sørensen\n\n1. Skolen. Bevilges.\n\n"
            + "Aar 1942 den 5 August var Sogneraadet forsamlet." + signed)
    july = meetings_of(book)[1]
    assert {(r.person, r.status) for r in july.attendance} == {
        ("Hans Ravn", "present"), ("Ole Bak", "present"), ("S. P. Sørensen", "absent")}


def test_a_filled_in_member_takes_his_usual_spelling_and_an_unknown_first_name_is_read() -> None:
    def signed(alex: str) -> str:
        return f"Oplæst. Mødet hævet.\n\nHans Ravn\n{alex}\nOle Bak\nH. Villumsen\n\n"

    def opening(day: str) -> str:
        return f"Aar 1944 den {day} afholdt Sogneraadet Møde.\n"

    book = (opening("7. Januar") + "\n1. Vejen. Afslaaet.\n\n" + signed("Alex Petersen")
            + opening("4. Februar") + "\n1. Skolen. Bevilget.\n\n" + signed("Alex Pedersen")
            # unsigned; "Hagbart" is on no list of first names
            + opening("4. Marts") + "Fraværende var Hagbart Villumsen\n\n1. Kloaken. Afslaaet."
            "\n\nOplæst. Mødet hævet.\n\n"
            + opening("1. April") + "\n1. Lamper. Bevilget.\n\n" + signed("Alex Petersen")
            + opening("6. Maj") + "\n1. Grus. Bevilget.\n\n" + signed("Alex Petersen"))
    assert "Hagbart" not in FIRST_NAMES
    march = meetings_of(book)[2]
    # The nearest signed meeting before writes "Alex Pedersen" once; the book writes "Alex
    # Petersen" three times: the row takes that spelling.
    assert {(r.person, r.status) for r in march.attendance} == {
        ("Hagbart Villumsen", "absent"), ("Hans Ravn", "present"), ("Alex Petersen", "present"),
        ("Ole Bak", "present")}


def test_a_name_with_a_word_too_many_or_two_names_run_together_take_the_books_spellings() -> None:
    signed = "Oplæst. Mødet hævet.\n\nMarius Holm\nKarl Bak\nOle Lund\nIngem Pedersen\n\n"
    book = ("Aar 1943 den 7 Januar var Sogneraadet forsamlet.\n\n1. Vejen. Afslaaet.\n\n" + signed
            + "Aar 1943 den 4 Februar var Sogneraadet forsamlet alle Medlemmer var mødt med "
            "Undtagelse af Marius\nHolm Pannerup der forhandledes følgende\n\n1. Skolen. Bevilget."
            "\n\nOplæst. Mødet hævet.\n\nKarl Bak Ingem Pedersen\nOle Lund\n\n"
            "Aar 1943 den 4 Marts var Sogneraadet forsamlet.\n\n1. Kloaken. Afslaaet.\n\n" + signed)
    february = meetings_of(book)[1]
    # "Pannerup" (his village) is in no other meeting's spelling; "Karl Bak" and "Ingem
    # Pedersen" sign apart at the other meetings.
    assert {(r.person, r.status) for r in february.attendance} == {
        ("Marius Holm", "absent"), ("Karl Bak", "present"), ("Ingem Pedersen", "present"),
        ("Ole Lund", "present")}
    assert {book[r.start_char:r.end_char] for r in february.attendance} == {
        "Marius\nHolm", "Karl Bak", "Ingem Pedersen", "Ole Lund"}


@pytest.mark.parametrize("sentence, expected", [
    # a referral written as a passive or as a bare participle
    ("ad 4. Tilstilles Skoleudvalget til Afgørelse.", [("Skoleudvalget", "tilstille")]),
    ("ad 5. Henvist til Vejudvalget.", [("Vejudvalget", "henvise")]),
    # the one let do it after "ved", with a verb no list knows
    ("ad 6. Det vedtoges at lade Grøften opmaale ved Landinspektør Ib Holt.",
     [("Landinspektør Ib Holt", "opmåle")]),
    # an infinitive in -aa is its own lemma
    ("ad 7. Det vedtoges at overdrage til Jens Holm og Ole Bak at bistaa ved Købet af et "
     "Apparat.", [("Jens Holm og Ole Bak", "bistå")]),
    # "best." shortens bestaaende: no participle of bese
    ("ad 8. Det vedtoges at nedsætte et Udvalg best. af Ole Bak og Jens Holm til at forhandle "
     "med Lærerne.", [("et Udvalg best. af Ole Bak og Jens Holm", "forhandle")]),
    # a possibility reported in a letter decides nothing
    ("11. Ministeriet meddeler, at der vil kunne tilstilles Kommunen et Beløb af 500 Kr.", []),
    # after "at", a verb in -te no list knows is an infinitive, not a past tense
    ("ad 9. Det paalagdes Skoleudvalget at istandsætte Legepladsen.",
     [("Skoleudvalget", "istandsætte")]),
    ("ad 10. Det overdroges Kassereren at sælge Gruset.", [("Kassereren", "sælge")]),
    # those chosen to do something, before or after the verb
    ("ad 11. Ole Bak og Jens Holm blev valgt til at forhandle med Lærerne.",
     [("Ole Bak og Jens Holm", "forhandle")]),
    ("ad 12. Til at undersøge Sagen valgtes Ole Bak og Jens Holm.",
     [("Ole Bak og Jens Holm", "undersøge")]),
    # who promises or takes it on
    ("ad 13. Formanden paatog sig at skrive til Amtet.", [("Formanden", "skrive")]),
    ("ad 14. Kassereren lovede at undersøge Sagen.", [("Kassereren", "undersøge")]),
    # a permission hands no task
    ("ad 15. Amtet giver Kommunen Tilladelse til at ombytte Laanet.", []),
    # a letter's content is the matter as it came in, not what the council decided
    ("3. Skrivelse fra Amtet, at det paalægges Kommunen at foretage en ny Vurdering.", []),
    ("Meddelelse fra Ministeriet at Kommunen skal udbetale 500 Kr.", []),
    # bodies named as works or by their office
    ("ad 16. Henvises til Elværket.", [("Elværket", "henvise")]),
    ("ad 17. Overlades Sognefogeden.", [("Sognefogeden", "overlade")]),
    # "man" names no one
    ("ad 18. Man vil undersøge Sagen.", []),
    # a verb that carries another's task: letting a thing be done, trying to do it
    ("ad 19. Kommunen lader Grøften nedlægge.", [("Kommunen", "lade")]),
    ("ad 20. Sogneraadet vil prøve at forhindre Salget.", [("Sogneraadet", "prøve")]),
    ("ad 21. Kommunen lader Sagen bero.", []),
    # an answer owed is a task; one given is narrative
    ("ad 22. Formanden maa svare paa Skrivelsen.", [("Formanden", "svare")]),
    ("ad 23. Formanden svarede paa Skrivelsen.", []),
    # chosen to join a board (not to approve it), the chosen named with a shortened first name
    ("ad 24. Til at tiltræde Foreningens Bestyrelse valgtes Gdr. Laur. Holm og Formanden.",
     [("Gdr. Laur. Holm og Formanden", "tiltræde")]),
    ("ad 25. Sogneraadet vedtog at tiltræde Forslaget.", []),
    # handed over outright, even "gøre" names a task
    ("ad 26. Det overdroges Jens Holm at gøre de forberedende Skridt.", [("Jens Holm", "gøre")]),
    # the chosen by their office, their names after a colon
    ("ad 27. Til at deltage i Synsforretningen valgtes Vurderingsmændene: Gdr. Ole Bak og "
     "Hmd. Jens Holm.", [("Vurderingsmændene", "deltage")]),
    # matters as they came in, under a number without a full stop or a letter
    ("1 Afvandingskommissionen holder Møde i Forsamlingshuset.", []),
    ("c) Foreningen opfordrer til Køb af Billedet.", []),
    # a question put to the council hands it nothing
    ("f) Sagfører Hans Holm forespørger, om Sogneraadet vil undersøge Sagen.", []),
    ("f) Sagfører Hans Holm forespør-\nger, om Sogneraadet vil undersøge Sagen.", []),
    # a man told from his namesakes by his village is the man
    ("ad 30. Det vedtoges at lade Dyrlæge Ib Holt Vestby foretage Eftersynet af Kvæget i Vestby.",
     [("Dyrlæge Ib Holt", "foretage")]),
    ("ad 31. Formanden for Vestby skal undersøge Sagen i Vestby.", [("Formanden for Vestby",
                                                                    "undersøge")]),
    # "saavidt muligt" between the addressee and the task
    ("ad 32. Det vedtoges at henstille til Lærerinderne saavidt muligt at spare paa Kridtet.",
     [("Lærerinderne", "spare")]),
    # who bears a cost is handed no task; paying on the council's orders is one
    ("ad 33. Det vedtoges, at Kommunen betaler de tre Fjerdedele.", []),
    ("ad 34. Jens Holm maa betale det paalignede Bidrag.", []),
    ("ad 35. Det vedtoges at paalægge Jens Holm at betale 300 Kr.", [("Jens Holm", "betale")]),
    ("ad 36. Kassereren skal betale Regningen.", [("Kassereren", "betale")]),
])
def test_period_forms_of_handing_on_a_task(rules_nlp, sentence: str, expected: list) -> None:
    doc = rules_nlp(sentence + "\n")
    assert [(a["actor"], a["verb"]) for a in doc._.actions] == expected


def test_an_absence_note_naming_nobody_the_book_can_read_gives_no_rows() -> None:
    signed = "Oplæst. Mødet hævet.\n\nHans Ravn\nJens Holt\nOle Bak\n\n"
    book = ("Aar 1943 den 7. Januar afholdt Sogneraadet Møde.\n\n1. Vejen. Afslaaet.\n\n"
            + signed + "Aar 1943 den 4. Februar afholdt Sogneraadet Møde.\n"
            "Fraværende efter Aftale var Medlemmerne fra Vestby.\n\n1. Skolen. Bevilget.\n\n"
            "Oplæst. Mødet hævet.\n\n"
            "Aar 1943 den 4. Marts afholdt Sogneraadet Møde.\n\n1. Kloaken. Afslaaet.\n\n"
            + signed)
    assert meetings_of(book)[1].attendance == []


@pytest.mark.parametrize("signatures", [
    "Gdr. Hans Ravn\nLærer Jens Holt\nHmd. Ole Bak",  # occupations before the names
    "Hans Ravn, Formand\nJens Holt\nOle Bak",  # an office after a comma
    "Hans Ravn, Kolt\nJens Holt, Vestby\nOle Bak, Nørby",  # the village after a comma
    "Hans Ravn\nFormand\nJens Holt\nOle Bak",  # an office on a line of its own
    "Sign. Hans Ravn\nJens Holt\nOle Bak",
    "Hans Ravn - Jens Holt - Ole Bak",
    "Hans Ravn (Formand)\nJens Holt (sign.)\nOle Bak",  # a word in brackets
    "Hans Ravn\nJens Holt Næstformand\nOle Bak",  # an office after the name
    "Formand Hans Ravn\nKasserer Jens Holt\nOle Bak",  # an office before the name
    "Hans Ravn Gdr.\nJens Holt Lærer\nOle Bak",  # an occupation after the name
    "f. Hans Ravn\nJens Holt ......\n_Ole Bak_",  # "for", a rule of dots, underscores
    "Hans Ravn; Jens Holt / Ole Bak",  # semicolons and slashes between names
])
def test_signature_lines_with_occupations_offices_and_villages(signatures: str) -> None:
    body = "\n\n1. Vejen. Afslaaet.\n\nOplæst. Mødet hævet.\n\n" + signatures + "\n\n"
    book = ("Aar 1942 den 2. Marts afholdt Sogneraadet Møde." + body
            + "Aar 1942 den 9. Marts afholdt Sogneraadet Møde." + body)
    first = meetings_of(book)[0]
    assert [(r.person, r.status) for r in first.attendance] == [
        ("Hans Ravn", "present"), ("Jens Holt", "present"), ("Ole Bak", "present")]
    assert [book[r.start_char:r.end_char] for r in first.attendance] == [
        "Hans Ravn", "Jens Holt", "Ole Bak"]


@pytest.mark.parametrize("record", [
    "Mødet hævet d. 17/1 43.\nHans Ravn\nJens Holt\nOle Bak\n\n",  # on the closing line
    "Hans Ravn\nJens Holt\nOle Bak\nVestby, d. 17/1 1943\n\n",  # under the names
])
def test_an_undated_opening_takes_the_date_by_the_signatures(record: str) -> None:
    signed = "Mødet hævet.\n\nHans Ravn\nJens Holt\nOle Bak\n\n"
    book = ("Aar 1943 den 2. Januar afholdt Sogneraadet Møde.\n\n1. Vejen. Afslaaet.\n\n" + signed
            + "Ekstraordinært Møde.\n\n1. Skolen. Bevilget.\n\n" + record
            + "Aar 1943 den 29. Januar afholdt Sogneraadet Møde.\n\n1. Lys. Bevilget.\n\n" + signed)
    extra = meetings_of(book)[1]
    assert extra.date == "1943-01-17"
    assert [r.person for r in extra.attendance] == ["Hans Ravn", "Jens Holt", "Ole Bak"]


def test_the_next_meetings_day_on_the_closing_line_is_not_this_meetings_date() -> None:
    signed = "Mødet hævet.\n\nHans Ravn\nJens Holt\n\n"
    book = ("Aar 1943 den 2. Januar afholdt Sogneraadet Møde.\n\n1. Vejen. Afslaaet.\n\n" + signed
            + "Ekstraordinært Møde.\n\n1. Skolen. Bevilget.\n\n"
            "Mødet hævet. Næste Møde d. 29/1.\nHans Ravn\nJens Holt\n\n"
            + "Aar 1943 den 29. Januar afholdt Sogneraadet Møde.\n\n1. Lys. Bevilget.\n\n" + signed)
    assert meetings_of(book)[1].date == ""


@pytest.mark.parametrize("statement, away", [
    ("Sogneraadet var fuldtalligt samlet.", set()),
    ("Hele Sogneraadet var til Stede.", set()),
    ("Tilstede: Alle.", set()),
    ("Mødt var samtlige Medlemmer.", set()),
    ("Alle Medlemmer var mødt paa nær Ole Bak.", {"Ole Bak"}),
    ("Alle Medlemmer var mødt saa nær som Ole Bak.", {"Ole Bak"}),
    ("Alle Medlemmer undtagen Ole Bak var mødt.", {"Ole Bak"}),
    ("Ole Bak var forhindret.", {"Ole Bak"}),
    ("Ole Bak var ikke mødt.", {"Ole Bak"}),
    ("Forfald: Ole Bak.", {"Ole Bak"}),
    ("Af Sogneraadets Medlemmer var Ole Bak fraværende.", {"Ole Bak"}),
])
def test_more_ways_of_saying_who_came(statement: str, away: set) -> None:
    signed = "Mødet hævet.\n\nHans Ravn\nJens Holt\nOle Bak\nPeder Mark\n\n"
    book = ("Aar 1943 den 2. Januar afholdt Sogneraadet Møde.\n\n1. X. Bevilget.\n\n" + signed
            + "Aar 1943 den 9. Januar afholdt Sogneraadet Møde.\n" + statement
            + "\n\n1. Y. Bevilget.\n\nMødet hævet.\n\n"
            + "Aar 1943 den 16. Januar afholdt Sogneraadet Møde.\n\n1. Z. Bevilget.\n\n" + signed)
    unsigned = meetings_of(book)[1]
    members = {"Hans Ravn", "Jens Holt", "Ole Bak", "Peder Mark"}
    assert {(r.person, r.status) for r in unsigned.attendance} == \
        {(p, "absent" if p in away else "present") for p in members}


@pytest.mark.parametrize("statement, rows", [
    ("Afbud fra Gdr. Bak.", {("Bak", "absent")}),
    ("Husmand Bak var forhindret.", {("Bak", "absent")}),
    ("Tilstede var Gdr. Ravn, Lærer Holt og Fru Mark. Gdr. Bak kunde ikke naas.",
     {("Ravn", "present"), ("Holt", "present"), ("Mark", "present"), ("Bak", "absent")}),
])
def test_a_surname_after_a_title_is_a_member_named(statement: str, rows: set) -> None:
    # the names as written: the members table resolves "Bak" to the "Ole Bak" who signs
    book = ("Aar 1943 den 2. Januar afholdt Sogneraadet Møde.\n\n1. X. Bevilget.\n\n"
            "Mødet hævet.\n\nHans Ravn\nJens Holt\nOle Bak\nPeder Mark\n\n"
            "Aar 1943 den 9. Januar afholdt Sogneraadet Møde.\n" + statement
            + "\n\n1. Y. Bevilget.\n\nMødet hævet.\n\n")
    listed = {(r.person, r.status) for r in meetings_of(book)[1].attendance}
    assert rows <= listed


def test_a_block_of_four_surnames_alone_signs_the_meeting() -> None:
    signed = "Mødet hævet.\n\nHans Ravn\nJens Holt\nOle Bak\nPeder Mark\n\n"
    book = ("Aar 1943 den 2. Januar afholdt Sogneraadet Møde.\n\n1. X. Bevilget.\n\n" + signed
            + "Aar 1943 den 9. Januar afholdt Sogneraadet Møde.\n\n1. Y. Bevilget.\n\n"
            "Ravn\nHolt\nBak\nMark\n\n"
            "Aar 1943 den 16. Januar afholdt Sogneraadet Møde.\n\n1. Z. Bevilget.\n\n" + signed)
    assert [r.person for r in meetings_of(book)[1].attendance] == ["Ravn", "Holt", "Bak", "Mark"]


def test_two_members_who_sign_one_meeting_are_two_whatever_their_initials() -> None:
    import pandas as pd

    from extract.book_members import book_members

    signed = "Mødet hævet.\n\nHans Ravn\nJ. P. Jensen\nJan Jensen\n\n"
    book = ("Aar 1943 den 2. Januar afholdt Sogneraadet Møde.\n\n1. X. Bevilget.\n\n" + signed
            + "Aar 1943 den 9. Januar afholdt Sogneraadet Møde.\n\n1. Y. Bevilget.\n\n" + signed)
    assert [r.person for r in meetings_of(book)[0].attendance] == [
        "Hans Ravn", "J. P. Jensen", "Jan Jensen"]
    # In the members table too: "Jan" fits the initials of "J. P.", but both sign at once.
    rows = [("m1", "J. P. Jensen"), ("m1", "Jan Jensen"), ("m2", "J. P. Jensen"),
            ("m2", "Jan Jensen"), ("m3", "J. Jensen")]
    tables = {
        "documents": pd.DataFrame({"doc_id": ["b"], "kind": ["minute_book"]}),
        "meetings": pd.DataFrame({"meeting_id": ["m1", "m2", "m3"],
                                  "date": ["1943-01-02", "1943-01-09", "1943-01-16"]}),
        "attendance": pd.DataFrame({"doc_id": "b", "meeting_id": [m for m, _ in rows],
                                    "person": [p for _, p in rows], "status": "present",
                                    "role": pd.NA, "start_char": range(len(rows))}),
    }
    members = book_members(tables).set_index("member")
    assert {"J. P. Jensen", "Jan Jensen"} <= set(members.index)
    assert members.loc["Jan Jensen", "meetings_present"] == 2


@pytest.mark.parametrize("paragraph", [
    "Sogneraadsmøde afholdes næste Gang den 14. Januar 1943.",
    "Møde i Sogneraadet den 14. Januar 1943 kl. 19 blev fastsat.",
    "Sogneraadets Møde den 14. Januar flyttes til Skolen.",
    "Aar 1942 den 10. December var Vejen oversvømmet, hvorfor Formanden lod den rense.",
    "Mødet den 2. Januar var indkaldt med kort Varsel.",
    "Mandag, den 11. Januar\nvar Kassereren paa Kontoret.",
    # the transcriber's note of a struck-out opening
    "[overstreget: Aar 1943 den 5. Januar holdt Sogneraadet Møde paa]",
])
def test_a_paragraph_shaped_like_an_opening_inside_a_meeting_opens_none(paragraph: str) -> None:
    signed = "Mødet hævet.\n\nHans Ravn\nJens Holt\n\n"
    book = ("Aar 1943 den 2. Januar afholdt Sogneraadet Møde.\n\n1. Vejen. Afslaaet.\n\n"
            + paragraph + "\n\n2. Skolen. Bevilget.\n\n" + signed
            + "Aar 1943 den 9. Januar afholdt Sogneraadet Møde.\n\n1. X. Bevilget.\n\n" + signed
            + "Aar 1943 den 16. Januar afholdt Sogneraadet Møde.\n\n1. Y. Bevilget.\n\n" + signed)
    assert [m.date for m in meetings_of(book)] == ["1943-01-02", "1943-01-09", "1943-01-16"]


def test_after_at_a_verb_the_tagger_reads_as_a_past_tense_is_the_infinitive(nlp) -> None:
    # With the tagger, "istandsætte" is a VERB whose ending (-te) reads as a past tense; after
    # "at" it is the infinitive, and the task the committee is handed.
    doc = nlp("ad 9. Det paalagdes Skoleudvalget at istandsætte Legepladsen.\n")
    assert [(a["actor"], a["verb"]) for a in doc._.actions] == [("Skoleudvalget", "istandsætte")]


def _first_meetings_names(body: str) -> list[str]:
    """Who is present at the first of two meetings with this body, in the order read."""
    book = ("Aar 1942 den 2. Marts afholdt Sogneraadet Møde." + body
            + "Aar 1942 den 9. Marts afholdt Sogneraadet Møde." + body)
    return [r.person for r in meetings_of(book)[0].attendance]


_SIGNED_MEETING = ("\n\n1. Andragende fra Karen Lund om Hjælp. Bevilges.\n\nMødet hævet.\n\n"
                   "Hans Ravn\nJens Holt\n\n")


@pytest.mark.parametrize("opening", [
    "Vestby Sogneraad var samlet til Møde den 7. Januar 1943.",
    "Sogneraadet mødtes den 7. Januar 1943 paa Skolen.",
    "Budgetmøde den 7. Januar 1943.",
    "Møde med Skolekommissionen den 7. Januar 1943.",
    "7. Januar 1943.\nSogneraadet var samlet i Skolen.",
    # an opening hard-wrapped over short lines in a transcription
    "Aar 1943\nden 7.\nJanuar\nafholdt Sogneraadet Møde.",
    "Vestby Sogneraad\nafholdt i Dag\nMøde paa Skolen\nden 7. Januar 1943.",
    "Aar 1943 den\n7. Januar afholdt Sogneraadet Møde.",
])
def test_an_opening_of_no_usual_shape_after_a_signed_meeting_opens_the_next(opening: str) -> None:
    book = ("Aar 1942 den 2. December afholdt Sogneraadet Møde." + _SIGNED_MEETING
            + "Aar 1942 den 9. December afholdt Sogneraadet Møde." + _SIGNED_MEETING
            + opening + _SIGNED_MEETING)
    meetings = meetings_of(book)
    assert [m.date for m in meetings] == ["1942-12-02", "1942-12-09", "1943-01-07"]
    assert meetings[2].start_char == book.index(opening)


def test_a_book_of_two_meetings_one_of_no_usual_shape_is_read_as_a_book() -> None:
    # a short book (a fragment of a year): one usual opening is enough when the record after
    # its signatures is a meeting of its own
    opening = "Sogneraadet mødtes den 7. Januar 1943 paa Skolen."
    book = ("Aar 1942 den 9. December afholdt Sogneraadet Møde." + _SIGNED_MEETING + opening
            + _SIGNED_MEETING)
    assert [m.date for m in meetings_of(book)] == ["1942-12-09", "1943-01-07"]


def test_one_meeting_is_no_book() -> None:
    assert meetings_of("Aar 1942 den 9. December afholdt Sogneraadet Møde." + _SIGNED_MEETING) \
        == []


def test_a_dated_meeting_paragraph_inside_a_meeting_opens_none() -> None:
    book = ("Aar 1942 den 2. December afholdt Sogneraadet Møde." + _SIGNED_MEETING
            + "Aar 1942 den 9. December afholdt Sogneraadet Møde.\n\n1. Vejen. Afslaaet.\n\n"
            "Budgetmødet den 7. Januar 1943 blev aflyst." + _SIGNED_MEETING  # no close above
            # the first matter under a meeting's heading, right after a signed meeting
            + "Ekstraordinært Møde den 16. December 1942.\n\n"
            "Referat af Mødet den 9. December 1942 oplæst." + _SIGNED_MEETING)
    meetings = meetings_of(book)
    assert [m.date for m in meetings] == ["1942-12-02", "1942-12-09", "1942-12-16"]
    assert meetings[2].start_char == book.index("Ekstraordinært")


def test_a_register_of_meetings_at_the_end_of_the_book_opens_none() -> None:
    book = ("Aar 1942 den 2. December afholdt Sogneraadet Møde." + _SIGNED_MEETING
            + "Aar 1942 den 9. December afholdt Sogneraadet Møde." + _SIGNED_MEETING
            + "Register\n\nMøde den 2. December 1942 Side 1\n\nMøde den 9. December 1942 ..... 2\n")
    assert [m.date for m in meetings_of(book)] == ["1942-12-02", "1942-12-09"]


def test_signatures_in_capitals_are_members_in_title_case() -> None:
    body = "\n\n1. Vejen. Afslaaet.\n\nOplæst. Mødet hævet.\n\nHANS RAVN\nJENS HOLT\nOLE BAK\n\n"
    assert _first_meetings_names(body) == [
        "Hans Ravn", "Jens Holt", "Ole Bak"]


def test_a_record_without_an_opening_after_a_closed_signed_one_is_a_meeting_of_its_own() -> None:
    signed = "Hans Ravn\nJens Holt\nOle Bak\n\n"
    book = ("Aar 1943 den 7. Januar afholdt Sogneraadet Møde.\n\n1. Vejen. Afslaaet.\n\n"
            "Mødet hævet\n" + signed
            # closed in words: what follows is another meeting, opening or not
            + "Tilstede var hele Sogneraadet.\n\n1. Skolen. Bevilget.\n\nMødet hævet\n" + signed
            + "Aar 1943 den 4. Februar afholdt Sogneraadet Møde.\n\n1. Kloak. Bevilget.\n\n"
            # a committee's dated statement inside the meeting: the meeting goes on
            "2. Vejudvalgets Erklæring om Vejen.\nVestby d. 2/2 43\nPeter Lund\nKarl Dam\n\n"
            "Erklæringen tiltraadtes.\n\nMødet hævet\n" + signed
            # a cash audit of another day, entered after the dated signatures
            + "Aar 1943 den 4. Marts afholdt Sogneraadet Møde.\n\n1. Vejen. Bevilget.\n\n"
            "Vestby d. 4/3 43\n" + signed
            + "Kassebeholdningen eftersaas og fandtes i Orden.\nVestby d. 10/3 43\n"
            "Peter Lund\nKarl Dam\n\n"
            "Aar 1943 den 1. April afholdt Sogneraadet Møde.\n\n1. Skolen. Afslaaet.\n\n"
            "Mødet hævet\n" + signed)
    starts = [m.start_char for m in meetings_of(book)]
    assert starts == [0, book.index("Tilstede var"), book.index("Aar 1943 den 4. Februar"),
                      book.index("Aar 1943 den 4. Marts"), book.index("Kassebeholdningen"),
                      book.index("Aar 1943 den 1. April")]


def test_a_book_that_runs_into_the_next_year_dates_its_january_meetings_in_it() -> None:
    signed = "Mødet hævet.\n\nHans Ravn\nJens Holt\nOle Bak\n\n"
    book = ("Aar 1944 den 10. November afholdt Sogneraadet Møde.\n\n1. Vejen. Afslaaet.\n\n"
            + signed + "Sogneraadsmøde den 12. December.\n\n1. Skolen. Bevilget.\n\n" + signed
            + "Sogneraadsmøde den 7. Januar.\n\n1. Kloak. Bevilget.\n\n" + signed
            # a year written stands, whatever came before
            + "Aar 1944 den 5. Januar afholdt Sogneraadet Møde.\n\n1. Kloak. Bevilget.\n\n"
            + signed)
    assert [m.date for m in meetings_of(book)] == [
        "1944-11-10", "1944-12-12", "1945-01-07", "1944-01-05"]


@pytest.mark.parametrize("signatures", ["Ravn\nHolt\nBak\n\n", "\n"])
def test_a_meeting_whose_names_no_list_knows_takes_the_date_of_its_closing_line(
        signatures: str) -> None:
    book = "".join(
        f"Vestby Sogneraad afholdt i Dag Møde.\n\n1. Andragende af 2/{month} 1943. Bevilget."
        f"\n\nVestby d. 7/{month} 1943\n" + signatures for month in (1, 2, 3))
    assert [m.date for m in meetings_of(book)] == ["1943-01-07", "1943-02-07", "1943-03-07"]


def test_a_wrapped_matter_that_speaks_of_a_meeting_held_opens_none() -> None:
    book = ("Aar 1942 den 2. December afholdt Sogneraadet Møde." + _SIGNED_MEETING
            + "Aar 1942 den 9. December afholdt Sogneraadet Møde.\n\n1. Vejen.\n\n"
            "Det vedtoges at udsætte\nSagen indtil der har\nværet afholdt et Møde\n"
            "i Sammenslutningen." + _SIGNED_MEETING
            + "1943.\nAar 1943 den 7. Januar afholdtes\nSogneraadsmøde." + _SIGNED_MEETING)
    meetings = meetings_of(book)
    assert [m.date for m in meetings] == ["1942-12-02", "1942-12-09", "1943-01-07"]
    assert meetings[2].start_char == book.index("Aar 1943")  # not at the page's year


def test_a_surname_that_is_also_a_trade_stays_on_the_signature() -> None:
    body = ("\n\n1. Vejen. Afslaaet.\n\nOplæst. Mødet hævet.\n\n"
            "Hans Møller\nJens Bager\nOle Murer\n\n")
    assert _first_meetings_names(body) == [
        "Hans Møller", "Jens Bager", "Ole Murer"]


@pytest.mark.parametrize("signatures", [
    "Hans Ravn\nJens Holt\n\nOle Bak\nPeder Mark",  # groups with a blank line between
    "Hans Ravn\nJens Holt\nOle Bak\n\nPeder Mark",
    "Hans Ravn\nJens Holt\n1942\nOle Bak\nPeder Mark",  # a page's year between
])
def test_a_signature_block_in_groups_is_one_block(signatures: str) -> None:
    body = "\n\n1. Vejen. Afslaaet.\n\nOplæst. Mødet hævet.\n\n" + signatures + "\n\n"
    assert _first_meetings_names(body) == [
        "Hans Ravn", "Jens Holt", "Ole Bak", "Peder Mark"]


def test_a_name_that_ends_a_matters_sentence_above_the_signatures_signs_nothing() -> None:
    body = ("\n\n1. Det vedtages at købe Sneskærme. Stolper leveres af\nKarl Lund.\n\n"
            "Hans Ravn\nJens Holt\nOle Bak\n\n")
    assert _first_meetings_names(body) == [
        "Hans Ravn", "Jens Holt", "Ole Bak"]


def test_a_member_asked_to_do_something_is_handed_it_an_outside_party_is_not(rules_nlp) -> None:
    signed = "Mødet hævet.\n\nAnders Rasmussen\nJens Holt\nOle Bak\n\n"
    book = ("Aar 1943 den 7. Januar afholdt Sogneraadet Møde.\n\n"
            "1. Skolen.\n\nad 1. Det vedtoges at anmode Anders Rasmussen om at undersøge Sagen.\n\n"
            "2. Vejen.\n\nad 2. Det vedtoges at anmode Amtet om at istandsætte Vejen.\n\n"
            + signed + "Aar 1943 den 4. Februar afholdt Sogneraadet Møde.\n\n"
            "3. Kloak.\n\nad 3. Formanden anmodedes om at skrive til Amtet.\n\n" + signed)
    doc = rules_nlp(book)
    assert [(a["actor"], a["verb"]) for a in doc._.actions] == [
        ("Anders Rasmussen", "undersøge"), ("Formanden", "skrive")]


def test_a_place_and_date_line_a_line_above_the_signatures_dates_the_meeting() -> None:
    """"Skovby d. 3/3 1943" / "Mødet hævet" / the names: the date stands two lines up; a next
    meeting's day wrapped onto its own line ("næste Møde afholdes Torsdag / 17 Marts") is not
    the meeting's."""
    book = """Skovby Sogneraad afholdt i Dag Møde.

1. Skatteklage fra Niels Bro. Kan ikke eftergives.

Skovby d. 3/3 1943
Mødet hævet.
Hans Ravn   Jens Holt
Ole Bak

Skovby Sogneraad afholdt i Dag Møde.

1. Klage over Vejen ved Kroen. Overlades Vejudvalget.
Næste Møde afholdes Torsdag
17 Marts Kl 7
Protokollen oplæst. Mødet hævet.
Hans Ravn   Jens Holt
Ole Bak
"""
    assert [m.date for m in meetings_of(book)] == ["1943-03-03", ""]


def test_a_closing_formula_with_place_and_date_above_the_names_dates_the_meeting() -> None:
    book = """Skovby Sogneraad afholdt i Dag Møde.

1. Skatteklage fra Niels Bro. Kan ikke eftergives.
Oplæst og vedtaget. Skovby d. 3/3 1943
Tillæg: Vejen ved Kroen ses efter.
Hans Ravn   Jens Holt
Ole Bak

Skovby Sogneraad afholdt i Dag Møde.

1. Klage over Vejen ved Kroen. Overlades Vejudvalget.
Protokollen oplæst og godkendt, hvorefter Mødet hævedes. Skovby den 17. Marts 1943.
Hans Ravn   Jens Holt
Ole Bak
"""
    assert [m.date for m in meetings_of(book)] == ["1943-03-03", "1943-03-17"]


def test_a_committee_chosen_to_do_what_its_relative_clause_says_is_the_actor(nlp) -> None:
    # with the tagger, which reads "modtog" as a verb: that clause names no task
    doc = nlp("ad 4. Der valgtes et Udvalg bestaaende af Hans Ravn, Ole Bak og Jens Holt, der "
              "undersøger Sagen med Amtet.\n\nad 5. Til Formand valgtes Hans Ravn, der modtog "
              "Valget.\n\n")
    assert [(a["actor"], a["verb"]) for a in doc._.actions] == [
        ("et Udvalg bestaaende af Hans Ravn, Ole Bak og Jens Holt", "undersøge")]


def test_a_closing_line_of_this_month_dates_the_meeting_from_the_one_before() -> None:
    book = """Skovby Sogneraad afholdt i Dag Møde.

1. Skatteklage fra Niels Bro. Kan ikke eftergives.
Skovby d. 1/3 1943
Hans Ravn   Jens Holt
Ole Bak

Skovby Sogneraad afholdt i Dag Møde.

1. Klage over Vejen ved Kroen. Overlades Vejudvalget.
Skovby d. 17 ds.
Hans Ravn   Jens Holt
Ole Bak
"""
    assert [m.date for m in meetings_of(book)] == ["1943-03-01", "1943-03-17"]


_MEMBERS = "Hans Ravn\nJens Holt\nOle Bak\nPeter Dam\n\n"
_BODY = "\n\n1. Andragende fra Karen Lund. Bevilges.\n\nMødet hævet.\n\n"


@pytest.mark.parametrize(("statement", "signed", "expected"), [
    # "samtlige" as "alle", with the exception in the middle
    ("\nSamtlige Medlemmer undtagen Jens Holt var til Stede.", "",
     {"Hans Ravn": "present", "Jens Holt": "absent", "Ole Bak": "present",
      "Peter Dam": "present"}),
    # "var ikke mødt" after the opening's sentence on the same line
    (" Jens Holt var ikke mødt.", "Hans Ravn\nOle Bak\nPeter Dam\n\n",
     {"Hans Ravn": "present", "Jens Holt": "absent", "Ole Bak": "present",
      "Peter Dam": "present"}),
    # "Tilstede var" after the opening's sentence; who was away after "medens" is not present
    (" Tilstede var Hans Ravn, Ole Bak og Peter Dam, medens Jens Holt var borte.", "",
     {"Hans Ravn": "present", "Ole Bak": "present", "Peter Dam": "present"}),
    # an absence note ends with its sentence; the title before the name, wrapped after it, is
    # not his
    (" Afbud fra Formanden, Gdr.\nJens Holt. Næstformanden, Ole Bak, ledede Mødet.",
     "Hans Ravn\nOle Bak\nPeter Dam\n\n",
     {"Hans Ravn": "present", "Jens Holt": "absent", "Ole Bak": "present",
      "Peter Dam": "present"}),
    # "Afbud:" with a colon; "havde X meldt Forfald" with the name between
    ("\n\nAfbud: Jens Holt.", "Hans Ravn\nOle Bak\nPeter Dam\n\n",
     {"Hans Ravn": "present", "Jens Holt": "absent", "Ole Bak": "present",
      "Peter Dam": "present"}),
    (" Af Raadet havde Jens Holt meldt Forfald.", "Hans Ravn\nOle Bak\nPeter Dam\n\n",
     {"Hans Ravn": "present", "Jens Holt": "absent", "Ole Bak": "present",
      "Peter Dam": "present"}),
    # the list of those present ends with its sentence; a shortened first name does not end it
    (" Tilstede var Hans Ravn, Chr. Bak og Peter Dam. Jens Holt var ikke mødt.", "",
     {"Hans Ravn": "present", "Chr. Bak": "present", "Peter Dam": "present",
      "Jens Holt": "absent"}),
])
def test_attendance_said_in_the_opening_in_words(statement: str, signed: str,
                                                  expected: dict[str, str]) -> None:
    def meeting(day: int) -> str:
        return f"Aar 1943 den {day}. Marts afholdt Sogneraadet Møde." + _BODY + _MEMBERS

    book = (meeting(2) + meeting(5) + "Aar 1943 den 9. Marts afholdt Sogneraadet Møde."
            + statement + _BODY + signed + meeting(16))
    third = meetings_of(book)[2]
    assert {row.person: row.status for row in third.attendance} == expected


def test_book_gold_may_name_a_book_of_the_project_by_path(tmp_path: Path) -> None:
    import hashlib
    import json

    (tmp_path / "books").mkdir()
    (tmp_path / "books" / "Skovby_1943.txt").write_text(BOOK, encoding="utf-8")
    record = {"format": "extract-gold/1", "id": "invented/Skovby_1943",
              "path": "books/Skovby_1943.txt",
              "sha256": hashlib.sha256(BOOK.encode("utf-8")).hexdigest(),
              "minute_book": {"meetings": [{"start": 0, "end": len(BOOK), "date": "",
                                            "attendance": []}]}}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (book,) = read_book_gold(gold)
    assert book.text == BOOK and book.id == "invented/Skovby_1943"


@pytest.mark.parametrize(("a", "b", "same"), [
    ("P.Sørensen", "S. P. Sørensen", True),  # the initials of one among the other's
    ("Laursen", "Hais Laursen", True),  # the surname alone
    ("Carl Fisker", "K. Fisker", True),  # C and K: one name's two spellings (Carl / Karl)
    ("Chr. Vestergaard", "Kr. Vestergaard", True),
    ("Carl Fisker", "P. Fisker", False),
    ("Carl Fisker", "Carl Fiske", False),
])
def test_one_member_across_spellings(a: str, b: str, same: bool) -> None:
    from extract.rules.signatures import same_member

    assert same_member(a, b) is same


def test_the_books_of_other_bodies_open_their_meetings_by_their_own_names() -> None:
    # a municipal council's and a church council's books, their meetings neither signed nor
    # closed in words: each opening must be read for itself
    municipal = ("Kommunalbestyrelsens møde den 12. januar 1955 kl. 19.30.\n\n"
                 "1. Budgettet. Vedtaget.\n\n"
                 "Referat af møde i Skovby kommunalbestyrelse mandag den 14. februar 1955.\n\n"
                 "1. Vejene. Henlagt.\n\n"
                 "Kommunalbestyrelsen var indkaldt til ekstraordinært møde fredag den 4. marts "
                 "1955.\n\n1. Branden. Bevilget.\n")
    assert [m.date for m in meetings_of(municipal)] == ["1955-01-12", "1955-02-14", "1955-03-04"]
    church = ("Nr. 61. Konstituerende møde\nMøde i menighedsrådet tirsdag den 14. januar 1958.\n\n"
              "1. Valg af formand. Valgt blev Karl Vinther.\n\n"
              "Nr. 62\nMøde tirsdag den 4. februar 1958 kl. 19.30 i præstegården.\n\n"
              "1. Tilbud på maling. Vedtaget.\n\n"
              "Nr. 63\nMøde i menighedsrådet onsdag den 12. marts 1958 kl. 20.\n\n"
              "1. Kirkebladet. Henlagt.\n")
    assert [m.date for m in meetings_of(church)] == ["1958-01-14", "1958-02-04", "1958-03-12"]


def test_a_books_title_page_lets_its_plainer_openings_open_meetings() -> None:
    # "Mødet den ..." opens a meeting only in a book: here the title page says it is one
    book = ("Skovby Skolekommissions Forhandlingsprotokol\n\n1926\n\n"
            "Mødet den 3. Februar Kl. 4 Eftm. i Skolen.\n\n1. Skolebudgettet. Vedtaget.\n\n"
            "Mødet den 3die Marts i Skolen.\n\n1. Brændsel. Vedtaget.\n\n"
            "Skolekommissionen samledes i Præstegaarden efter Indkaldelse fra Formanden.\n\n"
            "1. Eksamen. Vedtaget.\n")
    meetings = meetings_of(book)
    assert [m.date for m in meetings] == ["1926-02-03", "1926-03-03", ""]
    assert meetings[0].start_char == book.index("Mødet den 3. Februar")
    # without the title the plainer shapes open none
    assert meetings_of(book.replace("Forhandlingsprotokol", "Papirer")) == []


def test_the_year_then_the_weekday_then_the_day_opens_a_meeting() -> None:
    opening = "Aar 1918, Onsdag den 9. Januar, samledes Sogneraadet til ordinært Møde."
    book = opening + _SIGNED_MEETING + "Aar 1918 den 6te Februar afholdt Sogneraadet Møde." \
        + _SIGNED_MEETING
    assert [m.date for m in meetings_of(book)] == ["1918-01-09", "1918-02-06"]
