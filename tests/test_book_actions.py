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
    # the currency after an amount ends the sentence before a capital
    ("ad 15. Der ydes en Hjælp paa 60 Kr. Formanden fik Fuldmagt til at forhandle med "
     "Brandforsikringen.", [("formanden", "forhandle")]),
    # the spelling of 1948: lower-case nouns, "å"; a compound's shared ending ("kasse- og")
    ("ad 16. Det pålagdes vejudvalget at udarbejde et overslag.", [("vejudvalget", "udarbejde")]),
    ("ad 17. Forslaget henvistes til kasse- og regnskabsudvalget til nærmere gennemgang.",
     [("kasse- og regnskabsudvalget", "henvise")]),
    # a church warden, his name set off by commas, before a modal and before a present
    ("ad 18. Kirkeværgen, Anton Holm, skal indhente Tilbud paa Hegnet.",
     [("Kirkeværgen", "indhente")]),
    ("ad 19. Kassereren, Viggo Bak, indsender Regnskabet til Amtet.", [("Kassereren", "indsende")]),
    # a main clause in the present after ", og"
    ("ad 20. Regnskabet godkendtes, og Kassereren indsender det til Amtet.",
     [("Kassereren", "indsende")]),
    # "i Forening" (jointly), a capacity ("som lavestbydende") and a time are not the actor's
    ("ad 21. Sagen overlodes til Kirkeværgen og Vejudvalget i Forening.",
     [("Kirkeværgen og Vejudvalget", "overlade")]),
    ("ad 22. Arbejdet overdroges til Tækkemand Jens Bundgaard som lavestbydende.",
     [("Tækkemand Jens Bundgaard", "overdrage")]),
    ("ad 23. Det vedtoges at lade Eftersynet foretage af Smed Jens Højer inden Vinteren.",
     [("Smed Jens Højer", "foretage")]),
    # "lade Y V" with a verb no list knows, right after the name
    ("ad 24. Det vedtoges at lade Snedker Mads Fog forfærdige 12 nye Bænke.",
     [("Snedker Mads Fog", "forfærdige")]),
    # a line broken after an article, in a block of whole-line decisions
    ("ad 1. Budgettet vedtoges.\nad 2. Det overlodes til Ejnar Holm og Oluf Bak at arrangere en\n"
     "Juletræsfest i Skolen.\nad 3. Henlagt.", [("Ejnar Holm og Oluf Bak", "arrangere")]),
    # "at V og at V2": the second task too
    ("ad 25. Lærer Dahl paalægges at føre Dagbogen og at indsende Listerne.",
     [("Lærer Dahl", "føre"), ("Lærer Dahl", "indsende")]),
    # a participle opening the decision hands the task as the passive does
    ("ad 26. Overladt til Formanden og Kassereren at udarbejde en Fortegnelse.",
     [("Formanden og Kassereren", "udarbejde")]),
    # those chosen, "der skal V", whatever the verb
    ("ad 27. Til Medlemmer af Nævnet valgtes Anton Riis og Kristian Munk, der skal fordele "
     "Tørven.", [("Anton Riis og Kristian Munk", "fordele")]),
    # "vedtoges at bevilge ..., og at lade Y V"
    ("ad 28. Det vedtoges at bevilge 300 Kr. til Lygterne, og at lade Skovby Elektricitetsværk "
     "opsætte dem.", [("Skovby Elektricitetsværk", "opsætte")]),
    # the village after a name of two words is not his
    ("ad 29. Det vedtoges at lade Tandlæge Frost i Vestby undersøge Børnenes Tænder.",
     [("Tandlæge Frost", "undersøge")]),
    # a block typed to one width, most of whose lines end a sentence: its line breaks are
    # still wraps ("i begge" / "Kommuner")
    ("ad 3. Regnskabet for Aaret blev oplæst og godkendt uden Bemærkning.\n"
     "ad 4. Efter en længere Forhandling vedtoges det, at Vejudvalgene i begge\n"
     "Kommuner undersøger Sagen nærmere inden Udgangen af Marts, og at\n"
     "Kassereren udarbejder en Oversigt over Udgifternes Fordeling.\n"
     "Spørgsmaalet om Broen over Aaen udsattes til næste Møde i Raadet.\n"
     "ad 5. Næste Møde holdes i April Maaned efter Formandens Indkaldelse.",
     [("Vejudvalgene i begge Kommuner", "undersøge"), ("Kassereren", "udarbejde")]),
    # the protocol style of a city council: "tilstille Y" sends the matter to Y, "til
    # Erklæring" says what for; "til Erklæring af Y" names Y after the purpose
    ("En Skrivelse fra Havnefogeden vedtog man at tilstille Udvalget for Havnevæsenet til "
     "Erklæring.", [("Udvalget for Havnevæsenet", "tilstille")]),
    ("En Begjæring om et Plankeværk blev henvist til Erklæring af Udvalget for Markvæsenet.",
     [("Udvalget for Markvæsenet", "henvise")]),
    # the addressee between the auxiliary and the participle, after a fronted phrase
    ("Efter derom fremsat Begjæring blev Udvalget for Skolevæsenet bemyndiget til at anskaffe "
     "nye Borde.", [("Udvalget for Skolevæsenet", "anskaffe")]),
    # "man" as the inverted subject is not the one asked
    ("Efter at Sagen var drøftet, anmodede man tillige Formanden om at besvare Skrivelsen.",
     [("Formanden", "besvare")]),
    # a decision taken on a proposal: the proposal is adopted, not pending
    ("Efter derom af Formanden stillet Forslag bemyndigedes Kassereren til at opsige Laanet.",
     [("Kassereren", "opsige")]),
    # a letter's content named first, the council's decision after it
    ("En Skrivelse, hvori der forespørges, om Vejen skal udvides, besluttede man at tilstille "
     "Vejudvalget til Erklæring.", [("Vejudvalget", "tilstille")]),
    # a matter sent back to a committee, with the subject after the auxiliary or none
    ("Efter at Sagen paa ny var forhandlet, blev den vist tilbage til Vejudvalget.",
     [("Vejudvalget", "vise tilbage")]),
    ("ad 3. Sagen henvistes tilbage til Skoleudvalget.", [("Skoleudvalget", "henvise tilbage")]),
    # a line of running prose broken without a stop, the sentence ending on the next line
    ("2. Skolens Brændsel. Kassereren vil indhente Tilbud paa 10 Favne\nBøgebrænde og "
     "forelægge dem ved næste Møde.", [("kassereren", "indhente"), ("kassereren", "forelægge")]),
    # "finde" handed to someone is a task
    ("ad 10. Det overdroges Husmand Peter Krag at finde en ny Plads til Drengen.",
     [("Husmand Peter Krag", "finde")]),
    # task verbs of the lexicon (model 1.4.5)
    ("ad 8. Socialudvalget fordeler Beløbet blandt de trængende Familier.",
     [("Socialudvalget", "fordele")]),
    ("ad 9. Gdr. Frost henter Drengen i Aften.", [("Gdr. Frost", "hente")]),
    # put off for a body's consideration: referred to it
    ("ad 5. Sagen udsat til nærmere Behandling af Brændselsudvalget.",
     [("Brændselsudvalget", "udsætte")]),
    ("ad 6. Udsat til Behandling i Udvalget vedrørende Vandværket.",
     [("Udvalget vedrørende Vandværket", "udsætte")]),
    # a request to a body of the council's own
    ("ad 7. Det henstilles til Vejudvalget at undersøge Sagen.", [("Vejudvalget", "undersøge")]),
    ("ad 8. Det vedtoges at henstille til Skatteraadet at afgøre Sagen.",
     [("Skatteraadet", "afgøre")]),  # the municipality's own tax board
    # the present plural of the old spelling (the infinitive's form) after two subjects
    ("ad 1. Fru Lind og Pastor Hjort aflægge Besøg i Hjemmet inden næste Møde.",
     [("Fru Lind og Pastor Hjort", "aflægge")]),
    # an initial in the old spelling of Å ("Aa.") ends no sentence
    ("ad 4. Formanden og S. Aa. Krog besigtiger Skolen sammen med en Officer.",
     [("Formanden og S. Aa. Krog", "besigtige")]),
    # sent on to a body named: no incoming matter
    ("Kassereren indsender Listerne til Amtet.", [("kassereren", "indsende")]),
    # a name the recogniser missed opens the sentence; the tagger reads the verb as a noun
    ("ad 7. Fru Lind indkøber Gaverne.", [("Fru Lind", "indkøbe")]),
    # the one a matter goes to named right after the participle, an office as the one sent
    # the matter, a purpose after the body
    ("Et Andragende om Plads blev overgivet Udvalget for Sygehuset til Erklæring.",
     [("Udvalget for Sygehuset", "overgive")]),
    ("Et Andragende om Stadeplads vedtog man at tilstille Politimesteren.",
     [("Politimesteren", "tilstille")]),
    ("Byraadet vedtog at overgive Sagen til Budgetudvalget med Tilkjendegivelse af, at der "
     "haster.", [("Budgetudvalget", "overgive")]),
    # the council as the inverted subject between the verb (read by the tagger as an adverb)
    # and "til" the one handed the task
    ("Som Resultat af Forhandlingerne overdrog Byraadet der til Udvalget at tilkjendegive "
     "Grundejerne Beslutningen.", [("Udvalget", "tilkjendegive")]),
    # a date's day opening the next line is no item number
    ("ad 1. Det overlodes til kæmneren at udarbejde et foreløbigt overslag inden\n"
     "1. november.", [("kæmneren", "udarbejde")]),
    # the body referred to does what the relative clause after it says
    ("Pkt. 2. Sagen henvistes til økonomiudvalget, der afgiver indstilling til næste møde.",
     [("økonomiudvalget", "henvise"), ("økonomiudvalget", "afgive")]),
    # "paa", old spelling of "på", is no verb of a second task
    ("Man anmodede Udvalget om at fremkomme med Indstilling om, paa hvilken Maade der kan "
     "skaffes Plads.", [("Udvalget", "fremkomme")]),
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
    # "lade" with the thing to be done, not a name, before a verb no list knows
    "ad 7. Det vedtoges at lade Pladserne asfaltere.",
    # a request to an outside party hands no task, with "blev anmodet" as with "anmodedes"
    "ad 6. Gdr. Peter Hansen blev anmodet om at flytte Hegnet.",
    # a condition, a question, a permission asked for, a state after "der skal"
    "ad 8. Kommissionen har intet herimod, naar Sogneraadet vil afholde Udgiften.",
    "ad 9. Der indhentes Oplysning om, hvad det koster, og om Sygekassen vil give Tilskud.",
    "ad 10. Menighedsrådet anmoder provstiudvalget om tilladelse til at ombygge anlægget.",
    "ad 11. Til Formand valgtes Hans Ravn, der skal være Formand i 4 Aar.",
    # the content of a letter as it came in
    "4. Fra Kommissarius var fremsendt en Skrivelse, hvori Sogneraadet anmodes om at udvælge "
    "2 Mand til at deltage i Forhandlingerne.",
    # a permission: what the applicant may do
    "Efter derom foreliggende Andragende tillod Byraadet, at Skytteforeningen maa afholde en "
    "Fest paa Pladsen.",
    # "lade Y forblive": a state, no task
    "Efter Forslag af Formanden vedtoges det at lade Købmand Holm forblive i Lejemaalet.",
    # sent for an opinion, with no one named
    "Andragendet blev henvist til nærmere Behandling.",
    # a time to come: the accounts sent to the council
    "ad 3. Det vedtoges at inddrage Tilskuddet indtil Regnskabet bliver tilstillet "
    "Sogneraadet.",
    # who bears a cost, an absence, a question under "om"
    "ad 4. Hver Kommune afholder Udgifterne til sine egne Arbejdere.",
    "ad 5. Pastor Holm holder Ferie fra 14. Juli til 4. August.",
    "ad 6. Sagen udsattes, til det er oplyst, om Enkens Broder vil tage de to ældste Børn.",
    # what an earlier meeting did
    "Andragendet blev indbragt i Mødet den 17de f. M., hvori Byraadet anmodede Udvalget for "
    "Vandværket om at ytre sig over Sagen.",
    # a report quoted word for word
    'Beretningen er saalydende:\n"Undertegnede have i Dag besigtiget Skolen og befundet, at '
    'Kassereren skal indhente Tilbud paa Taget."\nTaget til Efterretning.',
    # a request to an outside party, as with "anmode"
    "ad 6. Det vedtoges at henstille til Sygekassens Revisorer at underrette Kommunens "
    "Revisorer.",
    # an application as it came in, help sought for a purpose
    "Amalie Thomsen søger om Hjælp til Sygekasse.",
    # two things, not two men, before an infinitive
    "ad 4. Vejen og Broen istandsætte.",
    # a man sent a copy: informed, not handed the matter
    "Tages til Efterretning, idet det vedtoges at tilstille Dyrlæge Holm Udskrift af "
    "Protokollen.",
])
def test_what_no_one_named_is_handed_gives_no_action(nlp, text: str) -> None:
    assert actions(nlp, text) == []


def test_a_minute_books_own_agenda_list_does_not_make_it_an_agenda(nlp) -> None:
    # each meeting lists its points under "Dagsorden:" and decides them under "ad 1."; the
    # decisions' tasks are action items (an agenda document's proposals are not)
    meeting = ("Den {day}. Marts 1947 holdt Sogneraadet Møde paa Kroen.\n\nDagsorden:\n"
               "1. Vandværkets Regnskab.\n2. Snerydning.\n\nad 1. Regnskabet godkendtes. Det "
               "paalagdes Vandværksudvalget at udskifte Hanerne.\nad 2. Henlagt.\n\n"
               "Hans Ravn\nJens Holt\nOle Bak\n\n")
    book = "".join(meeting.format(day=day) for day in (4, 11, 18))
    doc = nlp(book)
    assert len(doc._.meetings) == 3
    assert [(a["actor"], a["verb"]) for a in doc._.actions] == [
        ("Vandværksudvalget", "udskifte")] * 3


def test_a_protocol_title_names_minutes_not_an_agenda() -> None:
    from extract.rules.actions import is_agenda

    assert is_agenda("Dagsorden\n1. Budget 2025\n")
    assert not is_agenda("Skovby Sogneraads Forhandlingsprotokol\n\nDagsorden:\n1. Budget\n")


def test_a_meeting_that_decides_under_its_matters_numbers_in_a_book_of_ad_paragraphs(nlp) -> None:
    # most meetings list their matters and decide them in "ad 1." paragraphs (a matter's own
    # block is then the matter as it came in); one decides under each matter's number
    ad_meeting = ("Møde i Sogneraadet den {day}. Marts 1947.\n\n1. Skrivelse fra Amtet. Amtet "
                  "henstiller, at Sogneraadet istandsætter Vejen.\n\n2. Brændsel.\n\nad 1. "
                  "Taget til Efterretning.\nad 2. Henlagt.\n\nHans Ravn\nJens Holt\nOle Bak\n\n")
    own_numbers = ("Møde i Sogneraadet den 25. Marts 1947.\n\n1. Maling af Skolen. Det overdroges "
                   "Formanden at indhente Tilbud.\n\n2. Kirkestien. Vedtaget.\n\n"
                   # a block's first sentence is still the matter as it came in
                   "3. Der fremlagdes en Skrivelse fra Amtet med Anmodning om, at Sogneraadet "
                   "vil udpege et Lokale til Beskyttelsesrum. Henlagt.\n\n"
                   "Hans Ravn\nJens Holt\nOle Bak\n\n")
    book = "".join(ad_meeting.format(day=day) for day in (4, 11, 18)) + own_numbers
    doc = nlp(book)
    assert len(doc._.meetings) == 4
    assert [(a["actor"], a["verb"]) for a in doc._.actions] == [("Formanden", "indhente")]
