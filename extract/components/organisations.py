"""``extract_organisations``: ORG entities from a lexicon and from the shape of body names.

Lexicon: police districts ("Københavns Politi", "... Politikreds"), regions, agencies and parties
(``resources/organisations.csv``). Shape: capitalised compounds ending in a body word
("Kredsrådet", "Økonomiudvalget", "Sogneraadet", "Børne- og Ungeudvalget"), a capitalised word
before a bare body word ("Teknisk Udvalg", "Borgmesterens Afdeling"), and a municipality in front
of a body ("Aarhus Byråd"). Lower-case generic references ("udvalget") are not names.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import (
    extensions,  # noqa: F401
    resources,
)
from ._lexicon import LexiconComponent
from ._spans import add_entities, is_name_word, starts_sentence
from .municipalities import _aa

BODY_HEADS = (
    "udvalg", "udvalget", "råd", "rådet", "raad", "raadet", "bestyrelse", "bestyrelsen",
    "forvaltning", "forvaltningen", "nævn", "nævnet", "kommission", "kommissionen",
    "forsamling", "forsamlingen", "repræsentation", "repræsentationen", "magistrat",
    "magistraten", "afdeling", "afdelingen", "sekretariat", "sekretariatet",
)
# One capitalised word ending so is an organisation: "Kulturministeriet", "Bakkeskolen".
ORG_SUFFIXES = ("ministeriet", "direktoratet", "styrelsen", "skolen", "selskabet",
                "hospitalet", "forsyning", "trafik")
# A capitalised name before these words makes an organisation: "Hasseris Skole".
ORG_HEADS = {"Skole", "Forsyning", "Bibliotek", "Sejlklub", "Fjernvarme", "Universitetshospital",
             "Hospital", "Trafikselskab", "Universitet", "Gymnasium", "Efterskole", "Friskole",
             "Boligforening", "Idrætsforening", "Museum", "Sportsklub", "Børnehave"}
MIN_PREFIX = 2  # "Byrådet" is a name; "Rådet" alone is not


class OrganisationTagger(LexiconComponent):
    """Tags police districts, regions, agencies, parties and named councils as ORG."""

    def default_data(self) -> dict[str, Any]:
        names: set[str] = set()
        for row in resources.organisations():
            names.add(row["name"])
            names |= {v.strip() for v in row["variants"].split(";") if v.strip()}
        for row in resources.municipalities():
            police = row["police_district"]
            names |= {police, police.replace(" Politi", " Politikreds")}
        for row in resources.regions():
            names |= {row["name"], row["name"] + "s", "Regionsrådet i " + row["name"]}
        names |= {_aa(n) for n in names}
        names |= {n.upper() for n in names if len(n.split()) > 1}  # headings in capitals
        municipal = sorted({r["name"] for r in resources.municipalities()})
        return {"names": sorted(names), "heads": list(BODY_HEADS), "municipalities": municipal}

    def _compile(self) -> None:
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self.matcher.add("ORG", [self.nlp.make_doc(n) for n in self.data["names"]])
        self.heads = tuple(self.data["heads"])
        self.municipal = set(self.data["municipalities"])
        self.municipal |= {m + "s" for m in self.municipal} | {m + "'" for m in self.municipal}

    def _body_end(self, word: str) -> str | None:
        lower = word.lower()
        for head in self.heads:
            if lower.endswith(head) or lower.endswith(head + "s"):
                return head if lower.endswith(head) else head + "s"
        return None

    def _named_spans(self, doc: Doc) -> list[tuple[int, int]]:
        """Schools, ministries, utilities: by suffix, or a name followed by a head word."""
        found = []
        for token in doc:
            if not token.is_alpha or not token.text[:1].isupper() or token.is_upper:
                continue
            lower = token.lower_
            if any(lower.endswith(s) and len(lower) > len(s) + 2 for s in ORG_SUFFIXES):
                found.append((token.i, token.i + 1))
            elif token.text in ORG_HEADS and token.i > 0:
                prev = doc[token.i - 1]
                if prev.text[:1].isupper() and prev.is_alpha and "\n" not in prev.whitespace_:
                    found.append((token.i - 1, token.i + 1))
        return found

    def _body_spans(self, doc: Doc, lexicon_starts: set[int]) -> list[tuple[int, int]]:
        found = []
        for token in doc:
            if not token.text[:1].isupper() or not token.is_alpha:
                continue
            head = self._body_end(token.text)
            if head is None:
                continue
            start = token.i
            prefix_len = len(token.text) - len(head)
            if prefix_len < MIN_PREFIX:
                # "Udvalg" alone: a body name only as "Teknisk Udvalg", "Aarhus Byråd".
                prev = doc[token.i - 1] if token.i > 0 else None
                if prev is None or not prev.text[:1].isupper() or not prev.is_alpha \
                        or prev.i == 0 and prev.text not in self.municipal:
                    continue
                start = prev.i
            # "Børne- og Ungeudvalget", "Kultur-, Unge- og Fritidsudvalget": coordinated parts.
            if (start >= 2 and doc[start - 1].lower_ in ("og", "&")
                    and doc[start - 2].text.endswith("-")):
                start -= 2
                while (start >= 2 and doc[start - 1].text == ","
                       and doc[start - 2].text.endswith("-")):
                    start -= 2
            # "Aarhus Byråd", "Odder Kommunes Økonomiudvalg".
            if start >= 1 and doc[start - 1].text in ("Kommunes",) and start >= 2:
                start -= 2
            elif start >= 1 and doc[start - 1].text in self.municipal:
                start -= 1
            elif (start >= 1 and is_name_word(doc[start - 1])
                  and not starts_sentence(doc[start - 1])):
                start -= 1  # "Midtbyens Fællesråd", "Trøjborg Fællesråd"
            end = token.i + 1
            # "Magistratsafdelingen for Teknik og Miljø"
            if end + 1 < len(doc) and doc[end].lower_ == "for" and is_name_word(doc[end + 1]) \
                    and end + 1 not in lexicon_starts:
                end += 2
                while end + 1 < len(doc) and (is_name_word(doc[end]) or doc[end].lower_ == "og"
                                              and is_name_word(doc[end + 1])):
                    end += 1 if is_name_word(doc[end]) else 2
            if token.is_upper:
                # A heading "KREDSRÅD KØBENHAVNS POLITIKREDS" names the body in full.
                while end < len(doc) and doc[end].is_upper and doc[end].is_alpha \
                        and "\n" not in doc[end - 1].whitespace_:
                    end += 1
            found.append((start, end))
        return found

    def _with_place(self, doc: Doc, span: Span) -> Span:
        """"DH Frederiksberg", "Ældre Sagen Silkeborg", "Regionshospitalet Gødstrup": a local
        branch or site named after a place belongs to the name."""
        end = span.end
        if end < len(doc) and "\n" not in doc[end - 1].whitespace_ and (
                doc[end].text in self.municipal or span.text.lower().endswith(ORG_SUFFIXES)
                and is_name_word(doc[end]) and doc[end].text not in ORG_HEADS):
            return Span(doc, span.start, end + 1, label="ORG")
        return span

    def __call__(self, doc: Doc) -> Doc:
        self._ensure_ready()
        spans = [Span(doc, s, e, label="ORG") for _, s, e in self.matcher(doc)]
        lexicon_starts = {s.start for s in spans}
        spans += [Span(doc, s, e, label="ORG") for s, e in self._body_spans(doc, lexicon_starts)]
        spans += [Span(doc, s, e, label="ORG") for s, e in self._named_spans(doc)]
        # "Kredsråd Københavns Politikreds": a body of a named organisation is one name.
        spans = [self._with_place(doc, s) for s in filter_spans(spans)]
        merged: list[Span] = []
        for span in spans:
            if (merged and merged[-1].end == span.start
                    and "\n" not in doc[span.start - 1].whitespace_):
                merged[-1] = Span(doc, merged[-1].start, span.end, label="ORG")
            else:
                merged.append(span)
        add_entities(doc, merged, replace_labels=("ORG", "LOC", "MISC", "PERSON", "ROLE"))
        return doc


@Language.factory("extract_organisations", assigns=["doc.ents"])
def make_organisations(nlp: Language, name: str) -> OrganisationTagger:
    return OrganisationTagger(nlp, name)
