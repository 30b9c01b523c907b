"""The patterns that find action items in a sentence, and :func:`find_candidates`.

Each pattern is a method of :class:`_SentenceParser` (built on the patterns that hand a task to
someone named, :class:`~.handing.HandingPatterns`: "X pålægger Y at", "Det overlades til Y at",
"anmode Y om at") and matches one form Danish minutes use: "Y bedes", "Det blev aftalt, at Y
...", "Y skal/vil ...", "Y udarbejder ...", decided recommendations, and referrals. Coordinated
verb phrases become one candidate each.
"""

from __future__ import annotations

import logging
import re

from spacy.tokens import Doc

from ..kinds import MINUTE_BOOK
from ..places import place_words, without_trailing_place
from ..signatures import person_key
from ..tokens import text_of
from .clauses import ADVERBS, PREPOSITIONS, Candidate
from .deadlines import reference_of
from .handing import AGREED, HandingPatterns
from .lexicon import (
    APPOINT_VERBS,
    DIRECTIVE_VERBS,
    MODALS,
    NOT_TASKS,
    REFERRAL_VERBS,
    VerbLexicon,
    VerbReading,
)
from .zones import adopted_items, annotate_sentences, is_agenda, sentence_spans

log = logging.getLogger(__name__)

# Words after which ", at X V" states what was recommended, with X the actor (what was agreed:
# :data:`~.handing.AGREED`).
_RECOMMENDED = {"indstilles", "indstiller", "indstillede", "foreslår", "foreslås", "foreslog",
                "foreslåes", "anbefaler", "anbefales", "anbefalede", "henstiller", "ønsker",
                "ønskede", "opfordrer", "foreslaar", "foreslaas"}
# A sentence that opens with one of these is a subordinate clause, not "X does Y".
# Words that open an adverbial of time before a verb ("skal inden 1. April udbetale").
_WHEN_WORDS = ("inden", "senest", "før", "snarest")
# What a matter is referred for ("henvist til Erklæring af Vejudvalget", "tilstillet Udvalget
# til Udtalelse"): the purpose, not the one who is to act.
_PURPOSE_NOUNS = {"erklæring", "udtalelse", "betænkning", "indstilling", "behandling",
                  "forhandling", "overvejelse", "undersøgelse", "eftersyn", "besvarelse",
                  "afgørelse", "foranstaltning", "ordning", "vurdering", "orientering"}
# Verbs of sending whose first object is the one the matter goes to ("tilstille Udvalget").
_SENT_TO = ("tilstille",)
# Verbs that name whom the matter goes to without "til" ("blev overgivet Udvalget").
_DATIVE = ("overlade", "overgive", "overdrage", "tilstille")
_SENT_BACK = ("vise", "sende", "henvise")
_SUBORDINATORS = {"forinden", "inden", "før", "når", "hvis", "såfremt", "da", "idet", "efter",
                  "mens", "fordi", "selvom", "skønt", "hvorefter", "hvorfor", "om", "at", "som"}


class _SentenceParser(HandingPatterns):
    """Pattern matching over the tokens of one sentence."""

    def candidates(self) -> list[Candidate]:
        found: list[Candidate] = []
        for method in (self._directives, self._authorisations, self._causatives, self._bedes,
                       self._undertakings, self._requests, self._at_clauses, self._modals,
                       self._present, self._referrals):
            found.extend(method())
        unique: dict[tuple[int, int], Candidate] = {}
        for c in found:  # earlier patterns are the more specific ones
            unique.setdefault((c.action_start, c.action_end), c)
        return list(unique.values())

    def _bedes(self) -> list[Candidate]:
        out: list[Candidate] = []
        for i, w in enumerate(self.words):
            if w != "bedes":
                continue
            v = self._skip_adverbs(i + 1)
            if not self._verb(v, ("inf",)):
                continue  # "Sagen bedes tilbagesendt": a passive, no one is named
            s = self._clause_start(i)
            relative = s > 0 and self.words[s - 1] in ("som", "der")
            out += self._vp_candidates("bedes", self._actor(s, i), v, relative=relative)
        return out

    listed_under: str | None = None  # "recommended" / "agreed": a list item under "..., at"

    def _at_clauses(self) -> list[Candidate]:
        """Finite clauses under "aftalt, at" / "indstilles, at": "at X V ..." each; a list item
        under such an opening ("indstiller, at\n1. ...\n3. fagudvalgene fremlægger ...") is
        such a clause with the "at" left before the list."""
        out: list[Candidate] = []
        w = self.words
        if self.listed_under is not None:
            j = 0
            while j < len(w) and (re.fullmatch(r"\d{1,2}[.)]?", w[j])
                                  or w[j] in (".", ")", "-", "•", "–")):
                j += 1
            if 0 < j < len(w):
                out += self._clause_after_at(max(0, j - 1), j, self.listed_under)
        trigger: str | None = None
        for i, word in enumerate(w):
            if word in AGREED:
                trigger = "agreed"
            elif word in _RECOMMENDED:
                trigger = "recommended"
            if trigger is None or word != "at" or i == 0:
                continue
            if w[i - 1] not in (",", "og", "samt") and w[i - 1] not in AGREED | _RECOMMENDED:
                continue  # "mod at", "om at": a subordinate clause, not what was agreed
            j = i + 1
            if self._verb(self._skip_adverbs(j), ("inf",)):
                trigger = None  # "vedtoges at meddele, at ...": what follows is a message
                continue  # "vedtoges at bevilge": no one is named
            out += self._clause_after_at(i, j, trigger)
        return out

    def _clause_after_at(self, i: int, j: int, trigger: str) -> list[Candidate]:
        """The candidates of the finite clause starting at word ``j`` ("at" at word ``i``)."""
        w = self.words
        limit = min(len(w), j + 20)
        k = j
        while k < limit and not (self._verb(k, ("pres",)) or w[k] in MODALS):
            if w[k] in ("at", ",") and k > j:
                break
            k += 1
        if k >= limit or k == j or w[k] in ("at", ","):
            return []
        if self.readings[k] is not None and self.readings[k].lemma in NOT_TASKS:
            return []  # "at man er villig til ...": a state, not a task
        v = k
        if w[k] in MODALS:
            v = self._skip_adverbs(k + 1)
            if not self._verb(v, ("inf",)):
                return []
        actor = self._actor(j, k)
        return self._vp_candidates(trigger, actor, v, reported=self._reported_before(i),
                                   trigger=i)

    def _modals(self) -> list[Candidate]:
        out: list[Candidate] = []
        w = self.words
        for i, word in enumerate(w):
            if word not in MODALS or i == 0 and len(w) < 3:
                continue
            v = self._skip_adverbs(i + 1)
            actor = None
            if v < len(w) and not (self._verb(v, ("inf",)) or self._likely_infinitive(v)):
                # "I kommunerne vil man (bl.a.) fokusere": the subject after the modal
                k = v
                while k < min(len(w), v + 6) and not self._verb(k, ("inf",)):
                    k += 1
                if k < len(w) and self._verb(k, ("inf",)) and k > v:
                    if w[v] in PREPOSITIONS or w[v] in _WHEN_WORDS:
                        # "Kassereren skal inden 1. april udbetale": an adverbial, not a subject
                        s = self._clause_start(i)
                        actor = self._actor(s, i) if s < i else None
                    else:
                        actor = self._actor(v, k)
                        if actor and actor[0].lower() == "man":
                            actor = self._locative(i) or actor
                    v = k
                else:
                    continue
            else:
                s = self._clause_start(i)
                if s >= i:
                    continue
                # "et Udvalg ..., der (inden 1. April) skal afgive Betænkning": the antecedent
                relative = next((k for k in (s - 1, s) if k >= 1 and w[k] in ("der", "som")
                                 and w[k - 1] == ","), None)
                if relative is not None:
                    if s > relative and w[s] not in PREPOSITIONS and w[s] not in ADVERBS and \
                            w[s] not in _WHEN_WORDS:
                        continue  # "Skind, som et Firma vil købe": the clause's own subject
                    actor = self._antecedent(relative - 1)
                    actor = (*actor[:3], relative + 1) if actor else None
                else:
                    actor = self._actor(s, i)
            if not self._verb(v, ("inf",)) and not self._likely_infinitive(v):
                continue
            if any(w[j] in ("ikke", "aldrig") for j in range(i + 1, v)):
                continue  # "Kommunen vil ikke sætte Hegn": a refusal, no task
            out += self._vp_candidates("modal", actor, v, reported=self._reported_before(i))
        return out

    def _present(self) -> list[Candidate]:
        """"Formanden skriver til ..." / "Louise Krag koordinerer ...": a subject, then a verb
        in the present tense, at the start of the sentence or of a main clause after ", og"
        ("Regnskabet godkendtes, og Kassereren indsender det til Amtet")."""
        w = self.words
        if self.numbered:
            return []  # the heading of an incoming matter ("3. Kommuneingeniøren fremsender")
        starts = [self.lead] + [j + 2 for j in range(self.lead, len(w) - 2)
                                if w[j] == "," and w[j + 1] == "og"]
        return [c for start in starts for c in self._present_from(start)]

    def _present_from(self, start: int) -> list[Candidate]:
        w = self.words
        if start < len(w) and w[start] in _SUBORDINATORS:
            return []  # "Forinden Aarhus Kommune arbejder videre ...": a subordinate clause
        k = start
        limit = min(len(w), start + 12)
        while k < limit and not self._verb(k, ("pres",)) and not self._plural_present(start, k):
            if w[k] == "," and k > start and (close := self._named_apposition(k)):
                k, limit = close + 1, min(len(w), limit + close + 1 - k)
                continue  # "Kassereren, Viggo Thomsen, indsender ..."
            if w[k] in (",", "at", "som", "der") or w[k] in MODALS:
                return []
            k += 1
        if k == start or k >= limit:
            return []
        r = self.readings[k]
        assert r is not None
        if r.lemma in (*DIRECTIVE_VERBS, *APPOINT_VERBS, "bede") or r.lemma in NOT_TASKS \
                or self.toks[k].pos_ == "AUX":
            return []  # "har anbefalet", "var fraværende": perfect tense or a state
        actor = self._actor(start, k)
        if actor is None:
            return []
        if self.toks[start].pos_ and self.toks[k].pos_ not in ("VERB", "AUX", "") \
                and not self._after_subject(k):
            return []  # the tagger's noun ("en deltager"), unless a subject stands before it
        return self._vp_candidates("present", actor, k)

    def _plural_present(self, start: int, k: int) -> bool:
        """The present plural of the old spelling, the infinitive's form, after a subject of
        two or more ("Fru Lind og Pastor Hjort aflægge Besøg", "Sognefogeden og Kassereren
        forestaa Udleveringen")."""
        subject = self.toks[start:k]
        return k - start >= 3 and self._verb(k, ("inf",)) is not None \
            and "og" in self.words[start:k] and all(
                t.text[:1].isupper() or t.text in ("og", ".") for t in subject)

    def _named_apposition(self, comma: int) -> int | None:
        """The comma closing a person's name set off after a subject ("Kassereren, Viggo
        Thomsen, ..."; "Skolens Lærer, Hr. Poul Kirk, ..."), or None."""
        toks = self.toks
        close = next((j for j in range(comma + 2, min(len(toks), comma + 8))
                      if toks[j].text == ","), None)
        if close is None:
            return None
        inside = toks[comma + 1:close]
        if any(t.ent_type_ == "PERSON" for t in inside) and all(
                t.text[:1].isupper() or t.text == "." for t in inside):
            return close
        return None

    def _referrals(self) -> list[Candidate]:
        """"Overlades Vejudvalget." / "henvistes til Socialudvalget": a matter handed to a body
        with no further verb; the referral is the action."""
        out: list[Candidate] = []
        w = self.words
        for i, r in enumerate(self.readings):
            # "sendt / vist tilbage til Udvalget": the matter goes back to the one named
            back = r is not None and r.lemma in _SENT_BACK and w[i + 1:i + 3] == ["tilbage", "til"]
            # "Sagen udsat til nærmere Behandling af Brændselsudvalget": put off for a body
            postponed = r is not None and r.lemma == "udsætte" and w[i + 1:i + 2] == ["til"] \
                and (self._past_purpose(i + 2) or i + 2) > i + 2
            if r is None or r.lemma not in REFERRAL_VERBS and not back and not postponed:
                continue
            if r.kind in ("inf", "pres", "past") and i not in self.directive_triggers:
                out += self._active_referral(i, r)
                continue
            # "Henvist til Vejudvalget." / "Tilstillet Jens Holm til Indstilling.": a participle
            # opening the decision stands for the passive; so does one after "blev" / "bliver"
            # (before or after the subject) that names whom the matter goes to ("Sagen blev
            # henvist til Vejudvalget", "blev den vist tilbage til Udvalget").
            # ("blev overgivet Udvalget til Erklæring": the one named right after it; not "indtil
            # Regnskabet bliver tilstillet Sogneraadet", a time to come)
            periphrastic = (r.kind == "part" and 0 < i < len(w) - 1
                            and (w[i + 1] == "til" or back or r.lemma in _DATIVE
                                 and self.toks[i + 1].text[:1].isupper() and w[i - 1] != "bliver")
                            and (w[i - 1] in ("blev", "bliver")
                                 or self._inverted_passive(i) is not None))
            if r.kind not in ("pass", "past_pass") and not (
                    r.kind == "part" and (i == self.lead or postponed)) and not periphrastic:
                continue
            if i > 0 and w[i - 1] in ("kunne", "kan"):
                continue  # "der vil kunne tilstilles Kommunen et Beløb": a possibility
            j = i + 2 if back else i + 1
            if j < len(w) and w[j] == "til":
                j += 1
            j = self._past_purpose(j)
            if j is None:
                continue  # "henvist til Behandling": what is to be done, not by whom
            k = j
            # names and bodies joined by "og" run on ("A og B"; "kasse- og regnskabsudvalget",
            # a compound's shared ending in the lower-case spelling of 1948)
            while k < len(w) and w[k] not in ("til", ".", ",", "at", "og", "med") or (
                    k < len(w) and w[k] == "og" and k + 1 < len(w)
                    and (self.toks[k + 1].text[:1].isupper() or w[k - 1].endswith("-"))) \
                    or self._name_period(k):
                k += 1
            if i in self.directive_triggers:
                continue  # "Det overlades til X, Y og Z at V": a directive, handled there
            actor = self._actor(j, k)
            if actor is None or actor[1] == "other":
                continue
            end = k
            if k < len(w) and w[k] == "til":  # "til nærmere Undersøgelse"
                end = k + 1
                while end < len(w) and w[end] not in (".", ",", ";"):
                    end += 1
            out.append(self._make("referral", actor, i, end, r))
            if k + 1 < len(w) and w[k] == "," and w[k + 1] == "der":
                # "henvistes til Økonomiudvalget, der afgiver Indstilling": its task too
                out += self._relative_task(k + 1, actor, "referral", i)
        return out

    def _name_period(self, k: int) -> bool:
        """Whether token ``k`` is the period of a shortened first name inside a name ("Rs.
        Svenningsen", "Joh. Grosen", "Murerm. Aage Jørgensen"), not the sentence's end."""
        toks = self.toks
        if self._name_dot(k):
            return True
        return (0 < k < len(toks) - 1 and toks[k].text == "." and toks[k - 1].text[:1].isupper()
                and len(toks[k - 1].text) <= 4 and toks[k - 1].text.isalpha()
                and toks[k + 1].text[:1].isupper() and toks[k].idx == toks[k - 1].end)

    def _past_purpose(self, j: int) -> int | None:
        """Where the one a matter is referred to is named, from ``j`` just after "til": past
        "Erklæring af" in "henvist til Erklæring af Vejudvalget"; None where "til" names only
        the purpose ("til Erklæring", "til nærmere Behandling")."""
        w = self.words
        k = j + 1 if j < len(w) and w[j] in ("nærmere", "videre") else j
        if k >= len(w) or w[k] not in _PURPOSE_NOUNS:
            return j
        if k + 2 < len(w) and w[k + 1] in ("af", "hos", "fra", "i"):
            return k + 2
        return None

    def _active_referral(self, i: int, r: VerbReading) -> list[Candidate]:
        """"(vedtoges at) overdrage Oprensningen ... til Vejmanden": the task goes to whoever
        follows "til"; "tilstille Vejudvalget Sagen (til Erklæring)": to the one named first
        after a verb of sending."""
        w = self.words
        if r.lemma in _SENT_TO and i + 1 < len(w):
            e = next((k for k in range(i + 1, len(w)) if w[k] in (".", ",", ";", "til", "med")
                      and not self._name_period(k)), len(w))
            actor = self._actor(i + 1, e) if e > i + 1 else None
            # a body or an office; a man named first is sent something ("tilstille Læge Holm
            # Udskrift af Protokollen"), not the matter
            if actor is not None and actor[1] in ("ORG", "ROLE", "lexicon") and not any(
                    t.ent_type_ == "PERSON" for t in self.toks[i + 1:e]):
                return [self._make("referral", actor, i, e, r)]
        for k in range(i + 1, min(len(w), i + 16)):
            if w[k] in (".", ";", "at"):
                return []
            if w[k] == "til" and k + 1 < len(w) and w[k + 1] != "at":
                start = self._past_purpose(k + 1)
                if start is None:
                    continue
                e = start
                while e < len(w) and w[e] not in (".", ",", ";", "og", "tillige", "samt", "med"):
                    e += 1
                actor = self._actor(start, e)
                if actor is None or actor[1] == "other":
                    return []
                return [self._make("referral", actor, i, e, r)]
        return []


# "Kommunaldirektøren indstiller, at" closing a sentence: a list of clauses follows.
_LIST_OPENING = re.compile(r"\b(indstill\w*|foreslå\w*|aftalt|besluttede|besluttet),?\s+at"
                           r"\s*:?\s*$", re.IGNORECASE)
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}\s*[.)]|[-•–])\s+\S")


def _joined_inside_names(spans: list[tuple[int, int]], doc: Doc) -> list[tuple[int, int]]:
    """Sentences joined where one ends inside a person's name: the splitter reads "til A." at
    a line end as a sentence's end, the names rule ("A." / "Rasmussen") knows better."""
    inside = sorted((e.start_char, e.end_char) for e in doc.ents
                    if e.label_ == "PERSON" and "\n" in e.text)
    if not inside:
        return spans
    out = [spans[0]] if spans else []
    for start, end in spans[1:]:
        prev_start, prev_end = out[-1]
        if any(prev_start <= a < start < b for a, b in inside):
            out[-1] = (prev_start, end)
        else:
            out.append((start, end))
    return out


# Offices and bodies of the council itself: asked to do something, they are handed a task.
_COUNCIL_OFFICE = re.compile(r"formand|kasserer|kæmner|sekretær|sogneraadsmedlem|"
                             r"sognerådsmedlem|medlem|udvalg|sognefoged|kommuneingeniør|"
                             # the municipality's own administration and tax board
                             r"forvaltning|administration|sekretariat|borgmester|direktør|"
                             r"kommunekontor|skatter(?:aa|å)d", re.IGNORECASE)


_PLACE_AFTER_NAME = re.compile(r"^(.*\S [A-ZÆØÅ][a-zæøå]+) (?:i|fra) [A-ZÆØÅ][a-zæøå]+$")


def _one_of_the_council(actor: str, members: set[str]) -> bool:
    """Whether ``actor`` sits on the council (a member the book's attendance names) or holds one
    of its offices ("Formanden", "Vejudvalget")."""
    return bool(_COUNCIL_OFFICE.search(actor)) or person_key(actor) in members


def find_candidates(doc: Doc, *, lexicon: VerbLexicon, text: str | None = None
                    ) -> list[Candidate]:
    """Every possible action item in a processed Doc, with its features (see module docs).

    Args:
        doc: a Doc that went through the minutes pipeline (entities, sections, agenda).
        lexicon: the verb lexicon (the component's saved one, or ``default_verb_lexicon()``).
        text: ``doc.text`` when the caller has it (spaCy rebuilds it on every access).
    """
    text = text if text is not None else text_of(doc)
    spans = _joined_inside_names(sentence_spans(text), doc)
    sentences = annotate_sentences(doc, spans, text=text)
    adopted = adopted_items(text, sentences)
    agenda = doc._.kind != MINUTE_BOOK and is_agenda(text)
    reference = reference_of(doc, text=text)
    out: list[Candidate] = []
    listing: str | None = None  # the list under "indstiller, at" / "aftalt, at" runs on
    for sent in sentences:
        words = text[sent.start:sent.end]
        in_list = listing is not None and _LIST_ITEM.match(words) is not None
        if not in_list:
            listing = None
        if sent.end - sent.start < 8 or sent.heading:
            continue
        tokens = doc.char_span(sent.start, sent.end, alignment_mode="expand")
        if tokens is None or len(tokens) < 3:
            continue
        parser = _SentenceParser(doc, sent, tokens, lexicon, agenda=agenda,
                                 adopted=sent.item_no in adopted, reference=reference,
                                 doc_text=text)
        parser.listed_under = listing if in_list else None
        out.extend(parser.candidates())
        opening = _LIST_OPENING.search(words)
        if opening is not None:
            listing = "agreed" if opening.group(1).lower().startswith(("aftal", "beslut")) \
                else "recommended"
    places = place_words(text)
    for c in out:  # "lade Dyrlæge Scaumburg Trige foretage": the vet, not his village
        if c.actor_kind in ("PERSON", "ROLE"):
            c.actor = " ".join(without_trailing_place(c.actor.split(), places))
            # nor "i Vestby" after a name of two words or more ("lade Tandlæge Frost i Vestby
            # undersøge"; "Sognepræsten i Skovby" keeps his parish)
            c.actor = _PLACE_AFTER_NAME.sub(r"\1", c.actor)
    members = {person_key(row["person"]) for row in doc._.attendance or []}
    out = [c for c in out if not c.asked or _one_of_the_council(c.actor, members)]
    log.debug("%d sentences, %d action candidates", len(sentences), len(out))
    return out
