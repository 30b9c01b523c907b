"""Action items in the period language of parish minute books (issue 17): who is handed what.

Invented sentences in the shapes the books use; each case names the cue it rests on.
"""

from __future__ import annotations

import pytest


def actions(nlp, text: str) -> list[tuple[str, str]]:
    return [(a["actor"], a["verb"]) for a in nlp(text + "\n")._.actions]


@pytest.mark.parametrize(("text", "expected"), [
    # the tagger reads "Vejudvalget" at the sentence's start as a participle in -et; the
    # recogniser's committee is no verb
    ("Vejudvalget paalagdes at istandsætte Vejen ved Skolen.", [("Vejudvalget", "istandsætte")]),
    # a referral written with "blev" and "til"
    ("ad 4. Andragendet blev henvist til Skoleudvalget.", [("Skoleudvalget", "henvise")]),
    # a committee set up, whose relative clause says what it is to do
    ("ad 5. Sogneraadet nedsatte et Udvalg, der skal forhandle med Ejeren.",
     [("et Udvalg", "forhandle")]),
    # "udvælge Y til at V" chooses Y as "vælge" does; the farm after the name is his address
    ("ad 6. Sogneraadet vedtog at udvælge Gdr. Hans Ravn og Gdr. Ole Bak, Kildegaard til at "
     "deltage i Forhandlingerne.", [("Gdr. Hans Ravn og Gdr. Ole Bak", "deltage")]),
    # "vedtoges det at lade Y V", with a village set off by commas after Y
    ("ad 7. Angaaende Cirkulæret vedtoges det at lade Dyrlæge Jens Holt, Skovby, foretage "
     "Undersøgelsen.", [("Dyrlæge Jens Holt", "foretage")]),
    # a title shortened by dropping "ester" before the name: no sentence ends there
    ("ad 8. Arbejdet overdrages Murerm. Aage Bak.", [("Murerm. Aage Bak", "overdrage")]),
    # a known verb right after the council is its verb, though the tagger reads the old
    # spelling as a noun, an adjective or an adverb
    ("ad 9. Sogneraadet paalagde Vejudvalget at foretage Syn over Vejene.",
     [("Vejudvalget", "foretage")]),
    ("ad 10. Sogneraadet henviste Sagen til Vejudvalget.", [("Vejudvalget", "henvise")]),
    # the one given the authority as the subject of a passive
    ("ad 11. Formanden gives Bemyndigelse til at underskrive Kontrakten.",
     [("Formanden", "underskrive")]),
    # "enedes / blev enigt om at lade Y V"
    ("ad 12. Sogneraadet blev enigt om at lade Formanden forhandle med Ejeren.",
     [("Formanden", "forhandle")]),
    # a price after the man the work goes to is not part of him
    ("ad 13. Arbejdet overdroges til Tømrer Hans Bak for 300 Kr.",
     [("Tømrer Hans Bak", "overdrage")]),
    # "blev anmodet om at V", a committee of the council asked
    ("ad 14. Vejudvalget blev anmodet om at undersøge Sagen.", [("Vejudvalget", "undersøge")]),
])
def test_a_task_handed_in_the_books_words_is_found(nlp, text: str,
                                                   expected: list[tuple[str, str]]) -> None:
    assert actions(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # "lade" with a verb right after it (one no list knows, as spelt): something to be had
    # done, by no one named
    "ad 5. Det vedtoges at lade indstallere Telefon hos Sygeplejerske Frk. Holt og yde et "
    "Tilskud hertil.",
    # the clause has its own subject: the antecedent does nothing
    "ad 4. Det forsøges at finde Mænd til at fange Muldvarpe, som et Firma i Aarhus vil købe.",
    # a relative clause about a thing, after the "at" of a message to an outside body (the
    # lines wrapped as in a book)
    "ad 2. Det vedtoges at meddele Hjemmeplejefo-\nreningen, at et for-\nhøjet Bidrag, der vil "
    "holde Foreningen ska-\ndesløs ved Flytningen, ikke kan gives.",
    # a request to an outside party hands no task, with "blev anmodet" as with "anmodedes"
    "ad 6. Gdr. Peter Hansen blev anmodet om at flytte Hegnet.",
    # the content of a letter as it came in
    "4. Fra Kommissarius var fremsendt en Skrivelse, hvori Sogneraadet anmodes om at udvælge "
    "2 Mand til at deltage i Forhandlingerne.",
])
def test_what_no_one_named_is_handed_gives_no_action(nlp, text: str) -> None:
    assert actions(nlp, text) == []
