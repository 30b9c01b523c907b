"""Each rule component on realistic Danish snippets, hard negatives included."""

from __future__ import annotations


def ents(doc, label=None):
    return [(e.text, e.label_, e._.norm) for e in doc.ents if label is None or e.label_ == label]


def test_roles_in_compounds_and_inflections(rules_nlp) -> None:
    doc = rules_nlp("Chefpolitiinspektør Søren Thomassen og borgmesteren mødtes med to "
                    "sekretariatschefer, udvalgsformanden og tre borgmestre.")
    assert ents(doc, "ROLE") == [
        ("Chefpolitiinspektør", "ROLE", "chefpolitiinspektør"),
        ("borgmesteren", "ROLE", "borgmester"),
        ("sekretariatschefer", "ROLE", "sekretariatschef"),
        ("udvalgsformanden", "ROLE", "udvalgsformand"),
        ("borgmestre", "ROLE", "borgmester"),
    ]


def test_words_ending_like_titles_are_not_roles(rules_nlp) -> None:
    doc = rules_nlp("Han leder arbejdet, og et medlem spurgte til mesteren.")
    assert ents(doc, "ROLE") == []


def test_people_linked_to_roles_before_and_after(rules_nlp) -> None:
    doc = rules_nlp("Politidirektør Anne Tønnes deltog.\nAnne Tønnes, politidirektør\n"
                    "Borgmester Allan S. Andersen (A), formand\n")
    people = [(p["person"], p["role"]) for p in doc._.people]
    assert people == [("Anne Tønnes", "politidirektør"), ("Anne Tønnes", "politidirektør"),
                      ("Allan S. Andersen", "borgmester")]


def test_surname_that_is_a_municipality_stays_in_the_name(rules_nlp) -> None:
    doc = rules_nlp("Lars Odder og Mette Holbæk fra Odder Kommune deltog.")
    assert ents(doc) == [("Lars Odder", "PERSON", None), ("Mette Holbæk", "PERSON", None),
                         ("Odder Kommune", "MUNICIPALITY", "0727")]


def test_municipality_forms_carry_their_code(rules_nlp) -> None:
    doc = rules_nlp("Københavns Kommune, Aarhus og Tårnbys borgmester mødtes i Frederiksberg.")
    assert ents(doc, "MUNICIPALITY") == [
        ("Københavns Kommune", "MUNICIPALITY", "0101"),
        ("Aarhus", "MUNICIPALITY", "0751"),
        ("Tårnbys", "MUNICIPALITY", "0185"),
        ("Frederiksberg", "MUNICIPALITY", "0147"),
    ]


def test_police_district_is_an_organisation_not_a_municipality(rules_nlp) -> None:
    doc = rules_nlp("Københavns Politi får hjælp fra Københavns Politikreds og Region Hovedstaden.")
    assert ents(doc) == [("Københavns Politi", "ORG", None),
                         ("Københavns Politikreds", "ORG", None),
                         ("Region Hovedstaden", "ORG", None)]


def test_national_organisations_from_the_lexicon(rules_nlp) -> None:
    # Hearing partners, media and companies that minutes name without a body word.
    doc = rules_nlp("Høringssvar fra Dansk Industri, Danmarks Naturfredningsforening og LO. "
                    "DR og Jyllands-Posten omtalte aftalen med Novo Nordisk og FN.")
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == [
        "Dansk Industri", "Danmarks Naturfredningsforening", "LO", "DR", "Jyllands-Posten",
        "Novo Nordisk", "FN"]


def test_ambiguous_names_are_left_out_of_the_lexicon(rules_nlp) -> None:
    # A heading "Aktuelt" and a surname "Ford" are not organisations.
    doc = rules_nlp("Aktuelt\nBorgmester Anna Ford orienterede.")
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == []


def test_postal_district_is_a_place(rules_nlp) -> None:
    doc = rules_nlp("Mødet holdes i Aarhus C hos Teknisk Udvalg.")
    assert ents(doc) == [("Aarhus C", "LOC", None), ("Teknisk Udvalg", "ORG", None)]


def test_body_names(rules_nlp) -> None:
    doc = rules_nlp("Sagen går fra Børne- og Ungeudvalget via Økonomiudvalget til Aarhus Byråd, "
                    "mens udvalget venter.")
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == [
        "Børne- og Ungeudvalget", "Økonomiudvalget", "Aarhus Byråd"]


def test_identifiers(rules_nlp) -> None:
    doc = rules_nlp("J. nr.: 2023-027103\nDok.nr.: 1858838\nSag EMN-2025-010561, "
                    "sagsnr. 27.00.00-P20-3-24. Skriv til mkl013@politi.dk.")
    assert ents(doc, "CASE_NUMBER") == [
        ("2023-027103", "CASE_NUMBER", "2023-027103"), ("1858838", "CASE_NUMBER", "1858838"),
        ("EMN-2025-010561", "CASE_NUMBER", "EMN-2025-010561"),
        ("27.00.00-P20-3-24", "CASE_NUMBER", "27.00.00-P20-3-24")]
    assert ents(doc, "EMAIL") == [("mkl013@politi.dk", "EMAIL", "mkl013@politi.dk")]


def test_dates_in_a_doc_take_the_documents_year(rules_nlp) -> None:
    doc = rules_nlp("Dato: 03-09-2025\nNæste møde holdes den 1. oktober kl. 16:00.")
    assert ents(doc) == [("03-09-2025", "DATE", "2025-09-03"),
                         ("den 1. oktober", "DATE", "2025-10-01"), ("kl. 16:00", "TIME", "16:00")]


def test_sentence_openers_are_not_names(rules_nlp) -> None:
    doc = rules_nlp("Der blev orienteret. Det blev aftalt. Indre Aarhus Ø er et nyt kvarter.")
    assert ents(doc, "PERSON") == []


def test_structure_of_a_small_minutes(rules_nlp) -> None:
    text = ("REFERAT\n\nODDER KOMMUNALBESTYRELSE\n\n"
            "Tirsdag den 12. marts 2024, kl. 17.00-19.30, Byrådssalen, Rådhuset\n\n"
            "Dagsorden:\n1. Godkendelse af dagsorden\n"
            "2. Budget 2025 (Sagsnr. 00.30.00-S00-1-24)\n\n"
            "Til stede:\nBorgmester Lene Holm\nJens Hansen, viceborgmester (deltog fra punkt 2)\n\n"
            "Fraværende:\nKarin Berg\n")
    doc = rules_nlp(text)
    (meeting,) = doc._.meetings
    # The body without its municipality, in the definite form (corpus/GUIDELINES.md, Tables)
    assert meeting == {"body": "Kommunalbestyrelsen", "date": "2024-03-12",
                       "start_time": "17:00", "end_time": "19:30",
                       "location": "Byrådssalen, Rådhuset"}
    assert [(a["item_no"], a["title"], a["case_no"]) for a in doc._.agenda_items] == [
        ("1", "Godkendelse af dagsorden", ""), ("2", "Budget 2025 (Sagsnr. 00.30.00-S00-1-24)",
                                                "00.30.00-S00-1-24")]
    assert [(a["person"], a["role"], a["status"], a["note"]) for a in doc._.attendance] == [
        ("Lene Holm", "borgmester", "present", ""),
        ("Jens Hansen", "viceborgmester", "present", "deltog fra punkt 2"),
        ("Karin Berg", "", "absent", "")]


def test_streets_countries_and_landscapes_are_places(rules_nlp) -> None:
    doc = rules_nlp("Cykelstien langs Roskildevej ved Vesterbro Torv skal forbinde Djursland, "
                    "og Sverige deltager.")
    assert [e.text for e in doc.ents if e.label_ == "LOC"] == [
        "Roskildevej", "Vesterbro Torv", "Djursland", "Sverige"]


def test_vejen_is_a_municipality_only_in_municipal_context(rules_nlp) -> None:
    old = rules_nlp("Sognefogeden paalagdes at bese Vejen, naar Frosten gaar af Jorden.")
    assert [e.label_ for e in old.ents if e.text == "Vejen"] == []
    new = rules_nlp("Samarbejde med Vejen og Haderslev om specialklasser.")
    assert [(e.text, e._.norm) for e in new.ents if e.label_ == "MUNICIPALITY"] == [
        ("Vejen", "0575"), ("Haderslev", "0510")]
