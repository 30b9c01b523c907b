"""The patterns that hand a task to someone named: directives, appointments, authorisations,
decisions to let someone do it, undertakings and requests.

"X pålægger Y at V", "Det overlades (til) Y at V", "Y bemyndiges til at V", "Til at V valgtes
Y", "give Y Bemyndigelse til at V", "Det vedtoges at lade Y V", "Y lovede at V", "anmode Y om at
V". Methods of :class:`HandingPatterns` (built on :class:`~.clauses.SentenceReader`), which the
sentence parser of :mod:`.parser` extends with the other forms.
"""

from __future__ import annotations

import re

from .clauses import ADVERBS, Candidate, SentenceReader
from .lexicon import APPOINT_VERBS, AUTHORISATION_NOUNS, DIRECTIVE_VERBS, MODALS, VerbReading

# Words of a decision ("vedtoges", "aftalt"): after them ", at X V" states what was agreed,
# with X the actor, and "at lade Y V" lets Y do it.
AGREED = {"aftalt", "aftaltes", "aftales", "besluttet", "besluttede", "besluttes", "vedtaget",
          "vedtog", "vedtoges", "vedtages", "enige", "enigt", "enighed", "enedes", "aftalte"}
_PASSIVE_AUXILIARIES = {"blev", "bliver", "blive", "er", "var", "vare", "blevet"}
# "anmode X (om) at V" (active, the one asked after) / "X anmodes om at V" (passive).
_REQUEST = {"anmode": False, "anmoder": False, "anmodede": False, "anmodes": True,
            "anmodedes": True}
# What one may be asked for rather than asked to do: "om Tilladelse (Lov, Samtykke) til at".
_ASKED_FOR = {"tilladelse", "lov", "samtykke", "godkendelse", "lån", "laan", "tilskud"}
# Verbs of promising or taking a task on, and whether "sig" follows ("påtog sig at").
_UNDERTAKE = {"lover": False, "lovede": False, "lovet": False, "påtager": True, "påtog": True,
              "påtaget": True, "tilbyder": True, "tilbød": True}


def _as_request(candidates: list[Candidate], reading: VerbReading) -> list[Candidate]:
    """"henstille til Y at V" asks as "anmode Y om at V" does: a task only for one of the
    council (:func:`~.parser.find_candidates` keeps those) or the schools' teachers ("henstille
    til Lærerinderne at spare paa Kridtet"), not an outside party ("Sygekassens Revisorer")."""
    if reading.lemma == "henstille":
        for c in candidates:
            c.asked = not _TEACHERS.search(c.actor)
    return candidates


_TEACHERS = re.compile(r"lærer", re.IGNORECASE)


class HandingPatterns(SentenceReader):
    """The patterns that name who is handed a task (see the module docs)."""

    def _directives(self) -> list[Candidate]:
        out: list[Candidate] = []
        w = self.words
        for i, r in enumerate(self.readings):
            if r is None or r.lemma not in (*DIRECTIVE_VERBS, *APPOINT_VERBS):
                continue
            appoint = r.lemma in APPOINT_VERBS
            # "Formanden blev bemyndiget til at V": the passive with an auxiliary
            # ... or a participle opening the decision: "Overladt til Formanden at V"
            periphrastic = r.kind == "part" and (i > 1 and w[i - 1] in _PASSIVE_AUXILIARIES
                                                 or i == self.lead)
            inverted = None if periphrastic or r.kind != "part" else self._inverted_passive(i)
            if inverted is not None and not appoint:
                # "Efter Forslag blev Vejudvalget bemyndiget til at V": the addressee between
                # the auxiliary and the participle
                v = self._infinitive_after(i + 1)
                if v is not None:
                    out += self._vp_candidates("directive", self._actor(inverted + 1, i), v,
                                               trigger=i)
                    self.directive_triggers.add(i)
                continue
            if (r.kind in ("pass", "past_pass") or periphrastic) and appoint:
                out += self._appointed(i, periphrastic)
            elif r.kind in ("pass", "past_pass") or periphrastic:
                # "Det overlades (til) X at V" / "X paalagdes at V" / "X bemyndiges til at V"
                j = i + 1
                if j < len(w) and w[j] == "til" and self._infinitive_after(j) is None:
                    j += 1
                k = j
                while k < len(w) and w[k] != "at" and not (w[k] == "til" and k + 1 < len(w)
                                                           and w[k + 1] == "at"):
                    k += 1
                v = self._infinitive_after(k) if k < len(w) else None
                if v is None:
                    continue
                if k > j:  # addressee after the verb ("Det overlades i al Almindelighed til X")
                    tils = [m for m in range(j, k) if w[m] == "til"]
                    actor = self._actor(tils[0] + 1 if tils else j, k)
                else:  # addressee before it
                    s = self._clause_start(i)
                    actor = self._actor(s, i - 1 if periphrastic else i)
                out += _as_request(self._vp_candidates("directive", actor, v, trigger=i), r)
                self.directive_triggers.add(i)
            elif r.kind in ("pres", "past", "inf"):
                # "byrådet pålægger X at V", "bemyndigede X til at V", "vælge X til at V",
                # "(vedtoges at) overlade til X at V"
                j = self._past_inverted_subject(i + 1)
                if j < len(w) and w[j] == "til":
                    j += 1
                k = j
                limit = min(len(w), j + 25)
                while k < limit and not (w[k] == "at" or w[k] == "til" and k + 1 < len(w) and (
                        w[k + 1] == "at" or w[k + 1] in ADVERBS)):
                    k += 1
                v = self._infinitive_after(k) if k < limit else None
                if v is None or k == j:
                    continue
                tils = [m for m in range(j, k) if w[m] == "til"]
                if tils and r.lemma in ("overlade", "overdrage"):
                    j = tils[-1] + 1  # "overdrog Byraadet der til Udvalget at V"
                out += _as_request(self._vp_candidates("appoint" if appoint else "directive",
                                                       self._actor(j, k), v, trigger=i), r)
                self.directive_triggers.add(i)
        return out

    def _past_inverted_subject(self, j: int) -> int:
        """Past "man" and adverbs after a verb that opens its clause ("anmodede man tillige
        Udvalget om at V", "paalagde man Formanden at V"): where the one handed the task
        starts."""
        w = self.words
        if j < len(w) and w[j] == "man":
            j += 1
            while j < len(w) and w[j] in ADVERBS:
                j += 1
        return j

    def _inverted_passive(self, i: int) -> int | None:
        """The auxiliary of a passive participle ``i`` with its subject between them ("Derefter
        blev Vejudvalget bemyndiget"): the auxiliary's index, or None."""
        w = self.words
        for a in range(i - 2, max(self.lead, i - 10) - 1, -1):
            if w[a] in ("blev", "bliver"):
                between = range(a + 1, i)
                if a > self.lead and all(self.readings[k] is None and w[k] not in (",", "at")
                                         for k in between) and \
                        not all(w[k] in ADVERBS for k in between):
                    return a
                return None
            if w[a] in (",", ";", "at", "og", "der", "som"):
                return None
        return None

    def _appointed(self, i: int, periphrastic: bool) -> list[Candidate]:
        """"Formanden og Kassereren blev valgt til at forhandle med Lærerne", "Til at undersøge
        Forholdet valgtes Alma Sørensen": those chosen are to do it ("vælge Y til at V")."""
        w = self.words
        v = self._infinitive_after(i + 1)
        if v is not None and w[i + 1] == "til":  # the chosen before the verb
            actor = self._actor(self._clause_start(i), i - 1 if periphrastic else i)
            return self._vp_candidates("appoint", actor, v, trigger=i)
        if self.lead + 1 < i and w[self.lead] == "til" and w[self.lead + 1] == "at":
            v = self._infinitive_after(self.lead)
            # the chosen end at a comma, or at a colon before their names ("valgtes
            # Vurderingsmændene: Gdr. S. Holm og ...")
            end = next((k for k in range(i + 1, len(w)) if w[k] in (";", ",", ":")
                        or w[k] == "." and not self._name_dot(k)), len(w))
            if v is not None and v < i and end > i + 1:
                return self._vp_candidates("appoint", self._actor(i + 1, end), v, trigger=i)
        return self._appointed_to_do(i)

    def _appointed_to_do(self, i: int) -> list[Candidate]:
        """"Der valgtes et Udvalg bestaaende af A, B og C, der arbejder videre med Sagen": those
        chosen, named after the verb, do what the relative clause after them says."""
        w = self.words
        stop = next((k for k in range(i + 1, len(w)) if w[k] in (".", ";")
                     and not self._name_dot(k)), len(w))
        der = next((k for k in range(i + 3, stop - 1) if w[k] == "der" and w[k - 1] == ","),
                   None)
        if der is None:
            return []
        return self._relative_task(der, self._actor(i + 1, der - 1, appositions=False),
                                   "appoint", i)

    def _relative_task(self, der: int, actor: tuple[str, str, int, int] | None, pattern: str,
                       trigger: int) -> list[Candidate]:
        """The task a relative clause ", der V ..." / ", der skal V ..." gives ``actor``, the
        one it follows."""
        w = self.words
        v = der + 1
        if v >= len(w):
            return []
        if w[v] in MODALS:  # "..., der skal fordele Tørven": whatever the task's verb
            v = self._skip_adverbs(v + 1)
            r = self._verb(v, ("inf",)) or (self.readings[v] if self._likely_infinitive(v)
                                            else None)
            if r is None:  # (states and decision acts: the rules judge those)
                return []
        else:
            entry = self.lex.forms.get(w[v])
            if self.readings[v] is None and entry is not None and entry[1] == "pres":
                # after ", der" stands the clause's finite verb, whatever the tagger says
                self.readings[v] = VerbReading(entry[0], "pres",
                                               self.lex.classes.get(entry[0], "other"))
            r = self._verb(v, ("pres",))
            if r is None or r.verb_class != "action":  # not "..., der modtog Valget"
                return []
        return self._vp_candidates(pattern, actor, v, trigger=trigger)

    def _authorisations(self) -> list[Candidate]:
        """"give Hypotekforeningen Bemyndigelse til (i alle Tilfælde) at yde Henstand", and
        the one given it as the subject: "Formanden fik Bemyndigelse til at underskrive",
        "Formanden gives Fuldmagt til at ..."."""
        out: list[Candidate] = []
        w = self.words
        for i, r in enumerate(self.readings):
            if r is None or r.lemma not in ("give", "meddele", "tildele", "få"):
                continue
            # the one given it as the subject: "Formanden fik (i Opdrag) / gives Fuldmagt"
            n = i + 2 if i + 2 < len(w) and w[i + 1] == "i" else i + 1  # "fik i Opdrag"
            holder_first = r.kind in ("pres", "past") if r.lemma == "få" else r.kind in (
                "pass", "past_pass")
            if holder_first and n < len(w) and w[n] in AUTHORISATION_NOUNS:
                k = n + 1
                while k < min(len(w), i + 8) and w[k] != "at":
                    k += 1
                v = self._infinitive_after(k) if k < len(w) else None
                if v is not None:
                    actor = self._actor(self._clause_start(i), i)
                    out += self._vp_candidates("directive", actor, v, trigger=i)
                continue
            if r.lemma == "få":
                continue
            for n in range(i + 2, min(len(w), i + 10)):
                if w[n] in AUTHORISATION_NOUNS:
                    k = n + 1
                    while k < min(len(w), n + 8) and w[k] != "at":
                        k += 1
                    v = self._infinitive_after(k) if k < len(w) else None
                    if v is not None:
                        out += self._vp_candidates("directive", self._actor(i + 1, n), v,
                                                   trigger=i)
                    break
        return out

    def _causatives(self) -> list[Candidate]:
        """"Det vedtoges at lade Formanden og Kommuneingeniøren forhandle med ...": whoever the
        decision lets do it is the actor; "... at lade Eftersynet foretage af Dyrlægerne": the
        one after "af". Only after a decision ("villig til at lade ..." decides nothing)."""
        out: list[Candidate] = []
        w = self.words
        for i, word in enumerate(w):
            # "vedtoges at lade", "vedtoges det at lade", "enedes om at lade"
            # ... and "vedtoges at bevilge ..., og at lade"
            if not (word == "lade" and i > 1 and w[i - 1] == "at" and (
                    w[i - 2] in AGREED or i > 2 and w[i - 2] in ("det", "om")
                    and w[i - 3] in AGREED
                    or w[i - 2] == "og" and any(x in AGREED for x in w[:i - 2]))):
                continue
            if i + 1 < len(w) and (self._verb(i + 1, ("inf",)) or self._likely_infinitive(i + 1)) \
                    and not (i + 2 < len(w) and w[i + 2] in ("af", "ved")):
                continue  # "at lade indstallere Telefon": to have it done, by no one named
            # the verb: one the lexicon knows, or a lower-case word in -e right after a name
            # ("lade Snedker Mads Fog forfærdige 12 nye Bænke"; not "lade Pladserne asfaltere",
            # the thing to be done)
            v = next((k for k in range(i + 2, min(len(w), i + 14))
                      if self._verb(k, ("inf",)) is not None
                      or self.toks[k - 1].ent_type_ in ("PERSON", "ROLE")
                      and self.toks[k].text[:1].islower() and self._likely_infinitive(k)), None)
            if v is None:  # a verb no list knows, before its agent: "lade Vejen opmaale ved X"
                v = next((k for k in range(i + 2, min(len(w) - 1, i + 14))
                          if w[k + 1] in ("af", "ved") and self._likely_infinitive(k)), None)
            if v is None or any(x in (".", ";", "at") for x in w[i + 1:v]):
                continue
            actor = self._actor(i + 1, v)
            if v + 1 < len(w) and w[v + 1] in ("af", "ved"):
                # the thing to be done, then who does it: "lade Eftersynet foretage af X",
                # "lade Vejen opmaale ved Landinspektør X"
                end = next((k for k in range(v + 2, len(w)) if w[k] in (".", ",", ";")),
                           len(w))
                actor = self._actor(v + 2, end)
            out += self._vp_candidates("directive", actor, v, trigger=i)
        return out

    def _undertakings(self) -> list[Candidate]:
        """"Formanden lovede at undersøge Sagen", "Kassereren paatog sig at indkræve
        Beløbet": who promises or takes it on is to do it (read like a modal)."""
        out: list[Candidate] = []
        w = self.words
        for i, word in enumerate(w):
            if word not in _UNDERTAKE or i == self.lead:
                continue
            at = i + 2 if _UNDERTAKE[word] else i + 1  # "påtog sig at"
            if _UNDERTAKE[word] and (at > len(w) or w[i + 1] != "sig"):
                continue
            v = self._infinitive_after(at) if at < len(w) else None
            if v is not None:
                actor = self._actor(self._clause_start(i), i)
                out += self._vp_candidates("modal", actor, v, trigger=i)
        return out

    def _requests(self) -> list[Candidate]:
        """"Det vedtoges at anmode A. Rasmussen om at fremkomme med Forslag", "Formanden
        anmodedes om at skrive": the one asked is to do it. Kept (by :func:`find_candidates`)
        only when that one sits on the council or holds one of its offices: a request to an
        outside party hands no task."""
        out: list[Candidate] = []
        w = self.words
        for i, word in enumerate(w):
            # "Vejudvalget blev anmodet om at V": the passive with an auxiliary
            periphrastic = word == "anmodet" and i > 1 and w[i - 1] in ("blev", "bliver")
            if word not in _REQUEST and not periphrastic:
                continue
            stop = next((k for k in range(i + 1, min(len(w), i + 25)) if w[k] in (".", ";")),
                        min(len(w), i + 25))
            at = next((k for k in range(i + 1, stop) if w[k] == "at"
                       and self._infinitive_after(k) is not None), None)
            if at is None:
                continue
            v = self._infinitive_after(at)
            assert v is not None
            if any(x in _ASKED_FOR for x in w[i + 1:at]):
                continue  # "anmode X om Tilladelse til at ombygge": asked to allow, not to do
            if periphrastic or _REQUEST[word]:  # passive: the one asked before the verb
                actor = self._actor(self._clause_start(i), i - 1 if periphrastic else i)
            else:  # the one asked after it, up to "om" or "at"
                end = next((k for k in range(i + 1, at) if w[k] == "om"), at)
                actor = self._actor(self._past_inverted_subject(i + 1), end)
            for c in self._vp_candidates("directive", actor, v, trigger=i):
                c.asked = True
                out.append(c)
        return out
