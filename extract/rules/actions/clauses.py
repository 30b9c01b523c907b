"""Reading one sentence for action items: its words, verbs, clauses and agents.

:class:`SentenceReader` holds a sentence's words with their verb readings and the means the
patterns (:mod:`.parser`) are built from: where a clause starts and ends, which words name an
agent (an entity label, the agent lexicon below, a proper noun, "man"), how a verb phrase splits
into coordinated verbs, and how a match becomes a :class:`Candidate`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span

from ..sentences import ABBREVIATIONS
from ..tokens import text_of
from .deadlines import normalise_deadline
from .lexicon import CARRIER_VERBS, VerbLexicon, VerbReading, clean_text, fold, split_words
from .zones import Sentence

AGENT_LABELS = ("PERSON", "ROLE", "ORG", "MUNICIPALITY")
_AGENT_HEAD = re.compile(
    r"(?:chef|direktør|formand|formænd|forperson|leder|sekretær|konsulent|repræsentant|ingeniør|"
    r"kasserer|kæmner|rådmand|borgmester|inspektør|fuldmægtig|medarbejder|medlem|medlemm|præst|"
    r"lærer|dyrlæge|entreprenør|udvalg|råd|forvaltning|administration|sekretariat|afdeling|"
    r"bestyrelse|nævn|kommission|kommune|region|politi|myndighed|styrelse|ministerium|selskab|"
    r"forening|gruppe|center|centr|team|direktion|ledelse|stab|enhed|magistrat|kreds|skole|"
    r"part|borger|formandskab|arbejdsgruppe|tovholder|ansvarlig|koordinator|"
    r"rådgiver|revisor|advokat|kontor|tjeneste|væsen|bestyrer|mand|mænd|politiker|rektor|"
    r"byråd|byrådet|kommunalbestyrelse|regionsråd|værk|foged|fogd|sygekasse|værge)"
    r"(?:en|et|n|erne|rne|ene|ne|r|er|e|s|ens|ets|ernes|rnes|ns)?\.?$")
_NOT_AGENT = {"sagen", "punktet", "forslaget", "aftalen", "planen", "projektet", "det", "der",
              "den", "dette", "denne", "de", "referatet", "materialet", "notatet", "budgettet",
              "høringssvaret", "høringen", "arbejdet", "indstillingen", "beløbet", "listen",
              "kontrakten", "ordningen", "mødet", "udkastet", "han", "hun", "vi", "jeg", "du",
              "skrivelsen", "andragendet", "ansøgningen", "tilbuddet"}
_CLAUSE_OPENERS = {"og", "at", "som", "der", "hvorimod", "hvorhos", "idet", "da", "når", "naar",
                   "hvorefter", "hvorved", "mens", "men", "om"}
# A clause opened by one of these states a condition or asks a question.
_CONDITION_OR_QUESTION = {"naar", "når", "hvis", "dersom", "saafremt", "såfremt", "om"}
_LEADING_SKIP = {"idet", "hvorefter", "hvorved", "mens", "men", "at", "og", "samt", "som", "der",
                 "samtidig", "derfor", "også", "desuden", "herefter", "derefter", "endvidere",
                 "ligeledes", "så", "hvorhos",
                 "hvorimod", "endelig", "dernæst", "først", "snarest", "nærmere", "dog", "tillige"}
_AGENT_ABBREVIATION = re.compile(r"(?:fmd|frmd|formd|udv|ing|dir|sekr|udvalg)$")
# An infinitive ends in -e, or in a long vowel: "at bistaa", "at forstå", "at gaa".
_LIKELY_INFINITIVE = re.compile(r"[a-zæøå]{2,}e|[a-zæø]+(?:aa|å)")
_NOT_INFINITIVE = {"alle", "hele", "samme", "disse", "denne", "ikke", "nye", "store", "gamle",
                   "mange", "andre", "egne", "halve", "hverdage", "rette", "sidste", "første",
                   "på", "så", "også", "blå", "ifølge"}
PREPOSITIONS = {"i", "for", "af", "ved", "på", "til", "med", "om", "fra", "under", "hos", "mod",
                "over", "efter", "paa", "indenfor", "uden"}
_AUXILIARIES = {"har", "havde", "er", "var", "blev", "bliver", "kan", "kunne", "skal", "vil",
                "må", "skulle", "ville", "skulde", "vilde", "maa", "bør", "burde", "bedes"}
_TRAILING_SKIP = {"snarest", "nærmere", "samtidig", "også", "straks", "derfor", "desuden",
                  "senere", "nu", "da", "derefter", "herefter", "igen", "først", "såvidt",
                  "venligst", "hurtigst", "muligt", "selv", "fortsat", "ligeledes", "tillige",
                  "bl.a.", "bl.a", "blandt", "andet"}
ADVERBS = {"bl.a.", "bl.a", "også", "samtidig", "desuden", "venligst", "snarest", "nærmere",
           "fortsat", "endvidere", "straks", "hurtigst", "muligt", "ligeledes", "tillige",
           "fremover", "fremadrettet", "gerne", "blandt", "andet", "i", "øvrigt", "iøvrigt",
           "dog", "selv", "allerede", "igen", "derfor", "herefter", "så", "hurtigt", "ikke",
           "endelig"}
_CUES = ("foreslog", "foreslår", "foreslås", "ønsker", "ønskede", "forslag", "beslutningsforslag",
         "beslutningsforslaget", "oplyste", "meddelte", "orienterede", "fortalte", "har", "havde",
         "blev", "er", "var", "kan", "kunne", "ikke", "aftalt", "enighed", "indstiller",
         "indstilles", "anbefaler", "besluttede", "fremgår", "forventes", "planlægges", "bad",
         "efterlyste", "spurgte", "godkendt", "vedtoges", "hvis", "såfremt", "når", "om",
         "fald", "tilfælde", "forudsat", "eventuelt", "tillod", "tillodes", "tillades",
         "tilladt")
_CUE_WORDS = re.compile(r"\b(?:" + "|".join(_CUES) + r")\b")


def _cues(folded: str) -> tuple[str, ...]:
    """The cue words in a (folded) text, in the order of ``_CUES``."""
    found = set(_CUE_WORDS.findall(folded))
    return tuple(c for c in _CUES if c in found)


# "Efter (derom af Udvalget stillet) Forslag bemyndigedes ...": a decision taken on a proposal;
# the proposal named in that opening is no proposal still to be decided.
_ADOPTED_PROPOSAL = re.compile(r"^\W*(?:efter|ifølge|i henhold til|på grundlag af)\b[^,;]*?"
                               r"\bforslag\w*")
_MARKER = re.compile(r"\W*(?:ad\b\s*)?(?:\d{1,3}\s*[a-zA-Z]?\s*[.):]+\s*)?(?:[a-zA-Z]\)\s*)?",
                     re.IGNORECASE)
_CONDITIONAL = re.compile(r"\b(?:hvis|såfremt|saafremt|forudsat|i (?:bekræftende|modsat|givet) "
                          r"fald|i tilfælde af|i paakommende|eventuelt)\b", re.IGNORECASE)
_REPORTING = re.compile(r"\b(?:oplyste|oplyser|meddelte|meddeler|orienterede|orienterer|"
                        r"fortalte|forklarede|redegjorde|nævnte|bemærkede|svarede|forventer|"
                        r"forventede|mener|mente|vurderer|fremhævede|gjorde\s+opmærksom|"
                        r"forespørger|forespurgte|spørger|spurgte|andrager|ansøger)\b",
                        re.IGNORECASE)


# A sentence that is a letter's content: "Skrivelse fra Stiftamtet, at det paalægges Kommunen
# at V", "Meddelelse fra Ministeriet at Kommunen skal V" (the matter as it came in).
_LETTER = re.compile(r"^\W*(?:\d{1,3}\W*)?(?:[a-z]\)\s*)?(?:meddelelse|skrivelse|skr\.|cirkulære|"
                     r"cirk\.|brev|telegram)\s+(?:fra|af)\b", re.IGNORECASE)
_DECIDED = re.compile(r",\s+(?:besluttede|vedtog|vedtoges|besluttedes)\b", re.IGNORECASE)
# "... var fremsendt en Skrivelse, hvori Sogneraadet anmodes om at V": the letter's content;
# "indbragt i Mødet den 17de f. M., hvori Byraadet anmodede ...": what an earlier meeting did.
_LETTER_CONTENT = re.compile(r"\b(?:meddelelse|skrivelse|cirkulære|brev|telegram)\w*,?\s+"
                             r"(?:hvori|hvorefter|hvorved)\b|\bmødet\s+(?:den|d\.)\s*\d[^,;]{0,25},?"
                             r"\s+(?:hvori|i\s+hvilket)\b", re.IGNORECASE)

_MANNER_PREPOSITIONS = {"mod", "med", "uden", "efter", "paa", "på", "ved"}
_DETERMINERS = {"en", "et", "den", "det", "de", "sin", "sit", "sine", "hans", "deres"}


@dataclass
class Candidate:
    """A possible action item found by a pattern, with what the classifier sees of it."""

    sentence: Sentence
    pattern: str  # directive | appoint | referral | bedes | agreed | recommended | modal | present
    actor: str
    actor_kind: str  # PERSON | ROLE | ORG | MUNICIPALITY | lexicon | man | other
    verb: str  # head verb, infinitive
    verb_kind: str
    verb_class: str
    action_start: int
    action_end: int
    action: str = ""
    object: str = ""
    deadline: str = ""
    deadline_text: str = ""
    adopted: bool = False
    agenda: bool = False
    reported: bool = False  # under a reporting verb ("X oplyste, at ...")
    relative: bool = False  # the actor stands after "som" / "der"
    cues: tuple[str, ...] = ()
    prefix_cues: tuple[str, ...] = ()  # cue words before the actor and verb
    conditional: bool = False  # "hvis", "i bekræftende Fald", ...
    asked: bool = False  # "anmode X om at V": a task only when X is one of the council's own
    first_word: str = ""
    rule: bool = False
    score: float = 0.0


class SentenceReader:
    """The words of one sentence with their verb readings, and the helpers patterns use."""

    def __init__(self, doc: Doc, sent: Sentence, tokens: Span, lexicon: VerbLexicon,
                 *, agenda: bool, adopted: bool, reference: dt.date | None,
                 doc_text: str | None = None) -> None:
        doc_text = doc_text if doc_text is not None else text_of(doc)
        self.doc = doc
        self.sent = sent
        self.text = doc_text
        self.toks = split_words(tokens, doc_text)
        self.words = [fold(t.text) for t in self.toks]
        self.lex = lexicon
        self.readings = [None if self._abbreviated(k) else lexicon.reading(t)
                         for k, t in enumerate(self.toks)]
        self.agenda = agenda
        self.adopted = adopted
        self.reference = reference
        text = doc_text[sent.start:sent.end]
        self.cues = _cues(fold(text))
        marker = _MARKER.match(text)
        self.lead = sum(1 for t in self.toks if t.idx < sent.start + marker.end()) if marker else 0
        self._read_agents_as_nouns()
        self._read_verbs_after_subjects()
        # a matter as it came in, under its number or letter: "3. Kommuneingeniøren fremsender",
        # "1 Afvandingskommissionen holder Møde", "c) Holbøll-Fonden opfordrer"
        self.numbered = bool(re.match(r"\W*(?:\d{1,3}\s*[a-zA-Z]?\s*[.)]|\d{1,3}(?=\s+[A-ZÆØÅ])|"
                                      r"[a-hA-H]\))\s", text))
        self.first = self.words[self.lead] if self.lead < len(self.words) else ""
        self.directive_triggers: set[int] = set()

    def _read_agents_as_nouns(self) -> None:
        """A word the agent lexicon knows ("vejudvalget", lower case in the spelling of 1948)
        is no verb the tagger made of it (a participle in -et), unless the verb lexicon knows
        the form."""
        for k, r in enumerate(self.readings):
            if r is not None and self.words[k] not in self.lex.forms \
                    and _AGENT_HEAD.search(self.words[k]):
                self.readings[k] = None

    def _read_verbs_after_subjects(self) -> None:
        """A finite form of a known verb right after a recognised name or "man" (or after a
        name set off by commas: "Kassereren, Viggo Thomsen, indsender") is the verb, whatever
        the tagger says: it reads the period's spellings badly ("Sogneraadet paalagde
        Vejudvalget at ..." as a noun, "henviste" as an adjective, "overdrog" as an adverb)."""
        for k in range(1, len(self.toks)):
            entry = self.lex.forms.get(self.words[k])
            if self.readings[k] is not None or entry is None or entry[1] not in ("pres", "past") \
                    or self._abbreviated(k):
                continue
            if self._after_subject(k):
                lemma, kind = entry
                self.readings[k] = VerbReading(lemma, kind, self.lex.classes.get(lemma, "other"))

    def _after_subject(self, k: int) -> bool:
        """Whether word ``k`` follows a recognised name or "man", or a name set off by commas
        after one ("Kassereren, Viggo Thomsen, indsender"): where a finite verb stands."""
        before = k - 2 if k > 1 and self.words[k - 1] == "," else k - 1
        # a name the recogniser missed, opening the sentence: "Fru Lind indkøber Gaverne"
        opening_name = self.toks[before].pos_ == "PROPN" and before > self.lead and all(
            t.text[:1].isupper() for t in self.toks[self.lead:before + 1])
        return k > 0 and (self.toks[before].ent_type_ in AGENT_LABELS or opening_name
                          or self.words[k - 1] == "man")

    # -- helpers ------------------------------------------------------------------------------

    def _abbreviated(self, k: int) -> bool:
        """Whether word ``k`` is shortened: a full stop right after it and the sentence going on
        in lower case ("et Udvalg best. af X": bestaaende, not the participle of bese)."""
        toks = self.toks
        return (k + 2 < len(toks) and toks[k + 1].text == "." and toks[k + 1].idx == toks[k].end
                and toks[k + 2].text[:1].islower())

    def _name_dot(self, k: int) -> bool:
        """Whether the full stop at token ``k`` shortens a title or name inside a name ("Gdr.
        Laur. Helboe", "A. Rasmussen"): glued to a short word and followed by a capital."""
        toks = self.toks
        return (0 < k < len(toks) - 1 and toks[k].idx == toks[k - 1].end
                and (self.words[k - 1] in ABBREVIATIONS or len(toks[k - 1].text) == 1)
                and toks[k + 1].text[:1].isupper())

    def _verb(self, i: int, kinds: tuple[str, ...]) -> VerbReading | None:
        r = self.readings[i] if 0 <= i < len(self.toks) else None
        if r is None or r.kind not in kinds or r.verb_class == "modal":
            return None
        if i > self.lead and self.toks[i].text[:1].isupper() and not self.toks[i].pos_:
            return None  # a capital mid-sentence is a noun ("pr. Deltager", "Møder")
        return r

    def _skip_adverbs(self, i: int) -> int:
        while i < len(self.toks) and (self.words[i] in ADVERBS or self.toks[i].text == ","
                                      and i + 1 < len(self.toks) and self.words[i + 1] in ADVERBS):
            i += 1
        return i

    def _clause_end(self, i: int) -> int:
        """Where the clause begun at token ``i`` ends: the next ", (og) at" or the sentence end."""
        j = i
        while j < len(self.toks):
            w = self.words[j]
            if w in (";",) or (w == "," and j + 1 < len(self.toks) and (
                    self.words[j + 1] == "at" or self.words[j + 1] in ("og", "samt")
                    and j + 2 < len(self.toks) and self.words[j + 2] == "at")):
                return j
            j += 1
        return len(self.toks)

    def _conjuncts(self, v: int, end: int, kind: str) -> list[tuple[int, int]]:
        """Split a verb phrase at coordinated verbs of the same form ("fokusere X, samarbejde
        med Y, sikre Z samt undersøge W")."""
        kinds = ("inf",) if kind == "inf" else ("pres",)
        bounds = [v]
        j = v + 1
        while j < end:
            w = self.words[j]
            if w in (",", "og", "samt", "eller"):
                k = j + 1
                # "at føre Dagbogen og at indsende Listerne": "at" again before an infinitive
                while k < end and (self.words[k] in ("og", "samt", ",")
                                   or kind == "inf" and self.words[k] == "at"):
                    k += 1
                k = self._skip_adverbs(k)
                if k < end and self._verb(k, kinds) and self.readings[k].verb_class != "report":
                    bounds.append(k)
                    j = k + 1
                    continue
            j += 1
        spans = []
        for a, b in zip(bounds, bounds[1:] + [end], strict=True):
            e = b
            while e > a + 1 and self.words[e - 1] in (",", "og", "samt", "eller", ".", ";"):
                e -= 1
            spans.append((a, e))
        return spans

    def _actor(self, a: int, b: int, *, appositions: bool = True
               ) -> tuple[str, str, int, int] | None:
        """Actor text and kind for tokens [a, b), trimmed; None if nothing agent-like is left."""
        while a < b and (self.words[a] in _LEADING_SKIP or self.toks[a].is_punct):
            a += 1
        if a < b and self.words[a] in _CONDITION_OR_QUESTION:
            return None  # "naar Sogneraadet vil afholde ...", "om Sygekassen vil give ...": no task
        while b > a and (self.words[b - 1] in _TRAILING_SKIP or self.toks[b - 1].is_punct
                         and self.toks[b - 1].text not in (".",)):
            b -= 1
        # "Vejudvalget, Gdr. Jens Rasmussen og Husmand Christian Bach, paalagdes": an
        # apposition closed by a comma right before the verb is not part of the actor.
        if appositions and (b < len(self.toks) and self.toks[b].text == "," or (
                b > a and self.toks[b - 1].text == ",")):
            commas = [k for k in range(a, b) if self.toks[k].text == ","]
            if commas:
                b = commas[0]
        # "Gdr. Karl Thomsen, Stenaagaard": the farm or village after a name is his address.
        if b - a >= 3 and self.toks[b - 2].text == "," and self.toks[b - 3].ent_type_ == "PERSON" \
                and self.toks[b - 1].ent_type_ not in ("PERSON", "ROLE") \
                and self.toks[b - 1].text[:1].isupper() and self.toks[b - 1].text.isalpha():
            b -= 2
        # "at Karlton mod et passende Vederlag udleverer Tørvene": a phrase saying how, between
        # the actor and the verb, is not the actor's; nor is a price ("til Tømrer Hans Bak for
        # 300 Kr."), a time ("af Smed Jens Højer inden Fyringssæsonen"), a capacity ("som
        # lavestbydende") or "i Forening" (jointly).
        for k in range(a + 1, b):
            if k + 1 < b and (
                    self.words[k] in _MANNER_PREPOSITIONS and self.words[k + 1] in _DETERMINERS
                    or self.words[k] in ("for", "mod") and self.words[k + 1][:1].isdigit()
                    or self.words[k] == "i" and self.words[k + 1] in ("forening", "fællesskab")) \
                    or self.words[k] in ("inden", "senest", "som"):
                b = k
                break
        if b <= a:
            return None
        kind = self._agent_kind(a, b)
        if kind is None:
            return None  # judged whole: a clause after a name ("Aage Jensen forelagde ...")
        b = self._after_named(a, b)
        text = clean_text(self.text[self.toks[a].idx:self.toks[b - 1].end]).strip(" ,;:")
        return text, kind, a, b

    def _after_named(self, a: int, b: int) -> int:
        """Where actors that open with a person's name end: after the names (and roles) joined
        by "og" or commas, before a lower-case word ("til S. P. Jensen for en Pris af 165 Kr.",
        "til A. Rasmussen m. H. t. Anskaffelse")."""
        toks = self.toks
        if toks[a].ent_type_ != "PERSON":
            return b
        k = a
        while k < b and (toks[k].ent_type_ in ("PERSON", "ROLE")
                         or self.words[k] in ("og", "samt", "eller", ",")):
            k += 1
        if k == b or not toks[k].text[:1].islower():
            return b
        while self.words[k - 1] in ("og", "samt", "eller", ","):
            k -= 1
        return k

    def _agent_kind(self, a: int, b: int) -> str | None:
        """Whether words [a, b) name an agent, and how we know: an entity label, the agent
        lexicon, a proper noun, "man", or capitalised words ("other")."""
        toks = self.toks[a:b]
        words = [w for w, t in zip(self.words[a:b], toks, strict=True) if not t.is_punct]
        if not words or words[-1] in _NOT_AGENT and len(words) == 1 or len(words) > 14:
            return None
        if any(self.readings[k] is not None and self.readings[k].kind in ("pres", "past", "part",
                                                                        "pass", "past_pass")
               or self.words[k] in _AUXILIARIES for k in range(a, b)):
            return None  # a clause, not a noun phrase
        if words == ["man"]:
            return "man"
        # The head is before the first preposition: "formanden for kredsrådet" is the chair,
        # "Behandling ved Forstadskommunernes Møde" is no agent.
        cut = next((k for k in range(1, len(toks)) if self.words[a + k] in PREPOSITIONS),
                   len(toks))
        head_toks, head_words = toks[:cut], self.words[a:a + cut]
        for t in head_toks:
            if t.ent_type_ in AGENT_LABELS:
                return t.ent_type_
        if any(_AGENT_HEAD.search(w) for w in head_words if w not in ("og", "samt", "eller")):
            return "lexicon"
        if any(_AGENT_ABBREVIATION.search(w) and k + 1 < len(head_words)
               and head_words[k + 1] == "." for k, w in enumerate(head_words)):
            return "lexicon"  # "Sogneraadsfmd.", "K & R Udv.", "Kommuneing."
        if any(t.pos_ == "PROPN" for t in head_toks):
            return "PROPN"
        if all(t.text[:1].isupper() for t in toks if t.text[:1].isalpha()
               and fold(t.text) not in ("og", "i", "for", "af")):
            if a == 0 and len(words) == 1:
                return None  # one capitalised word at the start says nothing
            return "other"
        return None

    def _make(self, pattern: str, actor: tuple[str, str, int, int], v: int, end: int,
              reading: VerbReading, *, relative: bool = False, reported: bool = False,
              trigger: int | None = None) -> Candidate:
        toks = self.toks
        start_char = toks[v].idx
        end_char = toks[end - 1].end
        action = clean_text(self.text[start_char:end_char]).rstrip(" ,.;")
        obj_start = v + 1
        verb = reading.lemma
        if obj_start < end and self.words[obj_start] in ("op", "ind", "ud", "frem", "tilbage"):
            verb = f"{verb} {self.words[obj_start]}"
            obj_start += 1
        obj = ""
        if obj_start < end:
            obj = clean_text(self.text[toks[obj_start].idx:end_char]).rstrip(" ,.;")
        deadline, said = normalise_deadline(action, reference=self.reference)
        if not said and actor[3] < v:
            # "Formanden skal senest 1. marts fremlægge ...": the deadline before the verb
            between = self.text[toks[actor[3] - 1].end:start_char] if actor[3] > 0 else ""
            deadline, said = normalise_deadline(between, reference=self.reference)
        if said and obj.endswith(said):
            obj = obj[: -len(said)].rstrip(" ,")
        text, kind, _, _ = actor
        if kind not in ("PERSON", "ORG", "MUNICIPALITY", "PROPN") and text[:1].isupper() \
                and actor[2] == 0 and not text.isupper() and kind != "other":
            text = text[:1].lower() + text[1:]
        first = toks[min(actor[2], v, trigger if trigger is not None else v)].idx
        prefix = fold(self.text[self.sent.start:first])
        prefix_cues = _cues(_ADOPTED_PROPOSAL.sub("", prefix))
        conditional = _CONDITIONAL.search(self.text[self.sent.start:end_char]) is not None
        before = self.text[self.sent.start:start_char]
        letter = _LETTER.match(before) or _LETTER_CONTENT.search(before)
        # "En Skrivelse, hvori der forespørges, om ..., besluttede man at V": decided after it
        reported = reported or letter is not None and not _DECIDED.search(before, letter.end())
        return Candidate(self.sent, pattern, text, kind, verb, reading.kind, reading.verb_class,
                         start_char, end_char, action, obj, deadline, said, self.adopted,
                         self.agenda, reported, relative, cues=self.cues, first_word=self.first,
                         prefix_cues=prefix_cues, conditional=conditional)

    def _reported_before(self, i: int) -> bool:
        text = self.text[self.sent.start:self.toks[i].idx] if i < len(self.toks) else ""
        text = re.sub(r"(?<=\w)[-=]\s*\n\s*(?=\w)", "", text)  # "forespør-\nger" in a book
        return _REPORTING.search(text) is not None

    def _infinitive_after(self, i: int) -> int | None:
        """Index of the infinitive after "at" / "til at" starting at ``i``, if there is one.

        After "at" a lower-case word in -e is read as an infinitive even when the lexicon does
        not know it ("at bese Vejen").
        """
        j = i
        if j < len(self.words) and self.words[j] == "til":
            j += 1
        j = self._skip_adverbs(j)
        if j < len(self.words) and self.words[j] == "at":
            j = self._skip_adverbs(j + 1)
            if self._verb(j, ("inf",)) or self._likely_infinitive(j):
                return j
            r = self.readings[j] if j < len(self.words) else None
            if r is not None and r.kind != "inf" and self.words[j] not in self.lex.forms \
                    and _LIKELY_INFINITIVE.fullmatch(self.toks[j].text):
                # after "at", a verb the tagger read by its ending ("istandsætte" as a past
                # tense in -te) is the infinitive
                self.readings[j] = VerbReading(self.words[j], "inf",
                                               self.lex.classes.get(self.words[j], "other"))
                return j
        return None

    def _likely_infinitive(self, j: int) -> bool:
        """A lower-case word in -e where an infinitive must stand ("at bese", "vil foranledige"):
        read as one even when the lexicon does not know it."""
        if j < len(self.words) and self.readings[j] is None and _LIKELY_INFINITIVE.fullmatch(
                self.toks[j].text) and self.words[j] not in _NOT_INFINITIVE:
            self.readings[j] = VerbReading(self.words[j], "inf", "other")
            return True
        return False

    def _vp_candidates(self, pattern: str, actor: tuple[str, str, int, int] | None, v: int,
                       **kw: Any) -> list[Candidate]:
        if actor is None:
            return []
        reading = self.readings[v]
        assert reading is not None
        end = self._clause_end(v)
        out = []
        for a, b in self._conjuncts(v, end, reading.kind):
            r = self.readings[a]
            if r is not None and r.lemma in CARRIER_VERBS:
                r = self._carried(a, b, r)
            if r is not None:
                out.append(self._make(pattern, actor, a, b, r, **kw))
            kw.setdefault("trigger", v)
        return out

    def _carried(self, v: int, end: int, reading: VerbReading) -> VerbReading:
        """A verb that carries another's task ("Kommunen lader Rørene nedlægge", "vil prøve at
        forhindre Udleveringen") is a task verb when the infinitive it carries is one."""
        for k in range(v + 1, min(end, v + 7)):
            if self.words[k] in (",", ";", ".", "og"):
                break
            carried = self._verb(k, ("inf",))
            if carried is not None:
                return VerbReading(reading.lemma, reading.kind, carried.verb_class)
        return reading

    def _clause_start(self, i: int) -> int:
        j = i - 1
        while j > self.lead and self.words[j - 1] not in ("at", "som", "der", ";") and not (
                self.words[j - 1] == "," and self.words[j] in _CLAUSE_OPENERS):
            j -= 1
        return max(j, self.lead)

    def _antecedent(self, comma: int) -> tuple[str, str, int, int] | None:
        """The noun phrase before ``comma`` that a relative clause after it refers to."""
        a = comma
        while a > self.lead and not (
                self._verb(a - 1, ("inf", "pres", "past", "pass", "past_pass")) is not None
                or self.words[a - 1] in (";", "at")
                or self.words[a - 1] == "og" and a - 1 < comma - 8):
            a -= 1
        return self._actor(a, comma, appositions=False)

    def _locative(self, modal: int) -> tuple[str, str, int, int] | None:
        """"I kommunerne vil man": the place named before the verb stands for "man"."""
        if modal >= self.lead + 2 and self.words[self.lead] in ("i", "hos", "på"):
            return self._actor(self.lead + 1, modal)
        return None
