"""The verb lexicon of the action rules, and the words of a sentence as the rules read them.

Verbs are classed by the act they name (a task, a decision, a report, handing a task on); every
inflected form of each is generated from its infinitive (:func:`verb_forms`), and words are
compared in lower case with the pre-1948 spelling folded into the modern one (:func:`fold`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Span, Token

# Verbs that name a task someone can be handed (infinitives, modern spelling).
ACTION_VERBS = """
    afgive afholde afklare afregne afrapportere afsige afvikle analysere annoncere anskaffe
    arbejde arrangere belyse berette beregne besigtige beskrive besvare betale bidrage bringe
    bygge dokumentere drøfte etablere evaluere fastlægge finde fokusere forberede forbedre
    forebygge foreslå foretage forelægge forhandle formidle formulere fremkomme fremlægge
    fremsende fremskaffe følge føre gennemføre gennemgå genoptage give hjælpe holde
    igangsætte implementere inddrage indhente indkalde indkøbe indsamle indsende
    informere invitere iværksætte justere kontakte kontrollere koordinere kortlægge købe
    lave levere medvirke melde møde opdatere opfordre opkræve oplyse opsætte opstille
    orientere overveje planlægge projektere præsentere præcisere rapportere registrere
    rejse rense reparere revidere rette rundsende samarbejde samle se sende sikre skaffe
    skrive styrke sætte søge sørge tage tilrettelægge tilskrive tilse træffe tale
    udarbejde udbetale udbygge udfærdige udføre udpege udsende udvikle udvælge underrette
    underskrive undersøge vurdere bese ansætte besætte fremme overvåge påse varetage repræsentere
    lede deltage indbyde mødes udlevere tilbagesende videresende opsige tinglyse
    nedlægge anlægge istandsætte udbedre opføre indrette ordne besørge foranledige forestå
    indkræve inddrive opgøre indberette anmelde udfylde tilsende forhindre afhente opmåle
    foranstalte hente fordele aflægge udbyde indrykke udtage tilsige pynte
""".split()
# Verbs whose use is a decision or a vote, not a task ("Byrådet godkender planen").
DECISION_VERBS = """
    godkende vedtage tiltræde anbefale bevilge beslutte afslå afvise udsætte henlægge
    fastsætte fastholde stemme vælge genvælge tage_til_efterretning nedsætte indstille behandle
""".split()
# Verbs that report what was said or known: a clause under them is narrative.
REPORT_VERBS = """
    oplyse meddele orientere fortælle forklare redegøre nævne bemærke svare spørge ønske
    foreslå mene forvente fremhæve gennemgå takke efterlyse påpege understrege konstatere
    vurdere anføre henvise
""".split()
# Verbs whose task is the infinitive they carry: "lader Rørene nedlægge", "prøve at forhindre".
CARRIER_VERBS = ("lade", "prøve", "forsøge")
# Verbs that hand a task to someone: the addressee is the actor, the infinitive the action.
DIRECTIVE_VERBS = ("pålægge", "overlade", "overdrage", "henstille", "bemyndige")
APPOINT_VERBS = ("vælge", "nedsætte", "udpege", "genvælge", "udvælge")
REFERRAL_VERBS = ("overlade", "henvise", "oversende", "overgive", "overdrage", "videresende",
                  "tilstille")
# "give X Bemyndigelse / Fuldmagt til at V": an authorisation written as a noun.
# (Not "Tilladelse": a permission hands no task.)
AUTHORISATION_NOUNS = ("bemyndigelse", "fuldmagt", "ordre", "mandat", "opdrag")
MODALS = {"skal": "pres", "vil": "pres", "må": "pres", "skulle": "past", "ville": "past",
          "skulde": "past", "vilde": "past", "maa": "pres"}  # pre-1948 "skulde", "vilde"
# Verbs of being, having and being able: a clause with one as its head verb is no task.
NOT_TASKS = {"være", "have", "kunne", "skulle", "ville", "måtte", "blive", "burde", "få", "gøre",
             "synes", "mene", "tro", "finde", "ønske", "forblive"}

# Irregular stems; a compound verb ending in one inflects like it (pålægge like lægge).
_IRREGULAR: dict[str, dict[str, str]] = {
    "lægge": {"lægger": "pres", "lagde": "past", "lagt": "part", "lægges": "pass",
              "lagdes": "past_pass"},
    "lade": {"lader": "pres", "lod": "past", "ladt": "part", "ladet": "part", "lades": "pass",
             "lodes": "past_pass"},
    "tage": {"tager": "pres", "tog": "past", "taget": "part", "tages": "pass",
             "toges": "past_pass"},
    "give": {"giver": "pres", "gav": "past", "givet": "part", "gives": "pass",
             "gaves": "past_pass"},
    "se": {"ser": "pres", "så": "past", "set": "part", "ses": "pass"},
    "gå": {"går": "pres", "gik": "past", "gået": "part", "gås": "pass"},
    "stå": {"står": "pres", "stod": "past", "stået": "part"},
    "få": {"får": "pres", "fik": "past", "fået": "part", "fås": "pass"},
    "holde": {"holder": "pres", "holdt": "past", "holdes": "pass", "holdtes": "past_pass"},
    "følge": {"følger": "pres", "fulgte": "past", "fulgt": "part", "følges": "pass",
              "fulgtes": "past_pass"},
    "vælge": {"vælger": "pres", "valgte": "past", "valgt": "part", "vælges": "pass",
              "valgtes": "past_pass"},
    "sætte": {"sætter": "pres", "satte": "past", "sat": "part", "sættes": "pass",
              "sattes": "past_pass"},
    "skrive": {"skriver": "pres", "skrev": "past", "skrevet": "part", "skrives": "pass"},
    "træffe": {"træffer": "pres", "traf": "past", "truffet": "part", "træffes": "pass"},
    "bede": {"beder": "pres", "bad": "past", "bedt": "part", "bedes": "pass"},
    "gøre": {"gør": "pres", "gjorde": "past", "gjort": "part", "gøres": "pass"},
    "bringe": {"bringer": "pres", "bragte": "past", "bragt": "part", "bringes": "pass"},
    "byde": {"byder": "pres", "bød": "past", "budt": "part", "bydes": "pass"},
    "finde": {"finder": "pres", "fandt": "past", "fundet": "part", "findes": "pass"},
    "komme": {"kommer": "pres", "kom": "past", "kommet": "part"},
    "drage": {"drager": "pres", "drog": "past", "draget": "part", "drages": "pass",
              "droges": "past_pass"},
    "sige": {"siger": "pres", "sagde": "past", "sagt": "part", "siges": "pass"},
    "vide": {"ved": "pres", "vidste": "past", "vidst": "part"},
    "sende": {"sender": "pres", "sendte": "past", "sendt": "part", "sendes": "pass",
              "sendtes": "past_pass"},
    "møde": {"møder": "pres", "mødte": "past", "mødt": "part", "mødes": "pass"},
    "søge": {"søger": "pres", "søgte": "past", "søgt": "part", "søges": "pass",
             "søgtes": "past_pass"},
    "sørge": {"sørger": "pres", "sørgede": "past", "sørget": "part"},
    "tale": {"taler": "pres", "talte": "past", "talt": "part"},
    "vise": {"viser": "pres", "viste": "past", "vist": "part", "vises": "pass"},
    "lede": {"leder": "pres", "ledede": "past", "ledet": "part", "ledes": "pass"},
    "føre": {"fører": "pres", "førte": "past", "ført": "part", "føres": "pass",
             "førtes": "past_pass"},
    "køre": {"kører": "pres", "kørte": "past", "kørt": "part"},
    "høre": {"hører": "pres", "hørte": "past", "hørt": "part", "høres": "pass"},
    "spørge": {"spørger": "pres", "spurgte": "past", "spurgt": "part"},
    "sælge": {"sælger": "pres", "solgte": "past", "solgt": "part", "sælges": "pass"},
    "tælle": {"tæller": "pres", "talte": "past", "talt": "part"},
}
# Past tense in -te rather than -ede (after these stem endings the -te form is the usual one).
_TE_PAST = re.compile(r"(?:nd|ld|rd|g|k|p|s|v|l|r|n|m|b|t)e$")


def fold(word: str) -> str:
    """Lower case, NFC, and the pre-1948 spelling folded into the modern one ("Paalagdes" ->
    "pålagdes"); used wherever words are compared with the lexicon."""
    word = unicodedata.normalize("NFC", word).lower()
    return word.replace("aa", "å") if "aa" in word else word


def clean_text(text: str) -> str:
    """Whitespace collapsed and line-end hyphenation undone ("Regnskabs-\\nudvalget")."""
    text = re.sub(r"[-=][ \t]*\n\s*(?=[a-zæøå])", "", text)
    return re.sub(r"\s+", " ", text).strip()


def _regular_forms(lemma: str) -> dict[str, str]:
    """Present, passive, past and participle forms of a regular verb in -e."""
    forms: dict[str, str] = {lemma: "inf"}
    if not lemma.endswith("e"):
        forms.update({lemma + "r": "pres", lemma + "s": "pass"})
        return forms
    stem = lemma[:-1]
    forms.update({lemma + "r": "pres", lemma + "s": "pass", stem + "es": "pass",
                  stem + "ede": "past", stem + "et": "part", stem + "edes": "past_pass"})
    if _TE_PAST.search(lemma):
        forms.update({stem + "te": "past", stem + "t": "part", stem + "tes": "past_pass"})
    return forms


def verb_forms(lemma: str) -> dict[str, str]:
    """All forms of ``lemma`` this module recognises, each with its kind (inf, pres, pass,
    past, past_pass, part)."""
    forms = _regular_forms(lemma)
    for base, irregular in _IRREGULAR.items():
        if lemma.endswith(base) and irregular:
            prefix = lemma[: -len(base)]
            forms.update({prefix + form: kind for form, kind in irregular.items()})
    return forms


def default_verb_lexicon() -> dict[str, Any]:
    """The verb lexicon a new ``extract_actions`` component starts from (saved with it).

    Returns:
        ``{"forms": {form: [lemma, kind]}, "classes": {lemma: class}}`` with classes
        ``action``, ``decision``, ``report``, ``directive``.
    """
    classes: dict[str, str] = {}
    for lemma in ACTION_VERBS:
        classes[lemma] = "action"
    for lemma in REPORT_VERBS:
        classes.setdefault(lemma, "report")
    for lemma in DECISION_VERBS:
        classes[lemma.replace("_", " ")] = "decision"
    for lemma in (*DIRECTIVE_VERBS, *REFERRAL_VERBS):
        classes[lemma] = "directive"
    classes["foreslå"] = "report"  # "X foreslog, at ...": a proposal, not a task
    for lemma in CARRIER_VERBS:
        classes.setdefault(lemma, "other")  # a task only by what it carries
    forms: dict[str, list[str]] = {}
    for lemma in sorted(classes):
        if " " in lemma:
            continue
        for form, kind in verb_forms(lemma).items():
            forms.setdefault(form, [lemma, kind])
    for modal, kind in MODALS.items():
        forms[fold(modal)] = ["modal", kind]
    return {"forms": forms, "classes": classes}


@dataclass(frozen=True)
class VerbReading:
    """A token read as a verb: its infinitive, its form and what kind of act it names."""

    lemma: str
    kind: str  # inf | pres | pass | past | past_pass | part | modal
    verb_class: str  # action | decision | report | directive | other


class VerbLexicon:
    """Lookups into the saved verb lexicon, refined by POS and morphology when present."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.forms: dict[str, list[str]] = data["forms"]
        self.classes: dict[str, str] = data["classes"]

    def reading(self, token: Token | Word) -> VerbReading | None:
        """How ``token`` reads as a verb, or None when it is not one."""
        word = fold(token.text)
        entry = self.forms.get(word)
        pos = token.pos_
        if entry is not None:
            lemma, kind = entry
            if lemma == "modal":
                return VerbReading(word, "modal", "modal")
            if pos and pos not in ("VERB", "AUX") and kind in ("pres", "past") and token.i > 0 \
                    and not (kind == "past" and lemma in _HANDING_ON):
                # the tagger says noun or adjective: "en deltager", "et samarbejde" (but a past
                # tense of handing on is no noun: "overdrog", which it reads as an adverb)
                return None
            return VerbReading(lemma, kind, self.classes.get(lemma, "other"))
        # The tagger alone does not make a name a verb: "Vejudvalget paalagdes ...", whose first
        # word it tags VERB (a participle in -et), is a committee the recogniser found.
        if pos in ("VERB", "AUX") and token.lemma_ and token.morph is not None \
                and not token.ent_type_ and word not in _FUNCTION_WORDS:
            if word.endswith("ende"):
                return None  # a present participle is used as an adjective: "bestaaende af"
            lemma = fold(token.lemma_)
            morph = token.morph
            if "Inf" in morph.get("VerbForm"):
                kind = "inf"
            elif "Part" in morph.get("VerbForm"):
                kind = "part"
            elif "Pass" in morph.get("Voice"):
                kind = "past_pass" if "Past" in morph.get("Tense") else "pass"
            elif "Past" in morph.get("Tense"):
                kind = "past"
            elif "Pres" in morph.get("Tense"):
                kind = "pres"
            else:
                kind = _kind_from_suffix(word)
            if kind == "inf":  # an infinitive is its own lemma ("bistaa", lemmatised "biståge")
                lemma = word
            return VerbReading(lemma, kind, self.classes.get(lemma, "other"))
        return None


_HANDING_ON = frozenset(DIRECTIVE_VERBS) | frozenset(REFERRAL_VERBS)
# Words no tagger error makes a verb ("paa", old spelling of "på", tagged VERB "paage").
_FUNCTION_WORDS = {"på", "til", "for", "med", "af", "om", "i", "fra", "ved", "over", "under",
                   "efter", "mod", "hos", "uden", "og", "eller", "at", "som", "der", "den", "det"}


def _kind_from_suffix(word: str) -> str:
    """A verb form's kind from its ending, when a tagger gave no morphology."""
    for suffix, kind in (("ende", "part"), ("edes", "past_pass"), ("ede", "past"), ("es", "pass"),
                         ("er", "pres"), ("et", "part"), ("te", "past"), ("e", "inf"),
                         ("å", "inf")):  # "bistå", "forstå"
        if word.endswith(suffix):
            return kind
    return "part" if word.endswith("t") else "pres"


@dataclass
class Word:
    """A word of a sentence, with words broken over a line end ("for-\\nhandle") joined."""

    text: str
    idx: int  # start char
    end: int  # end char
    i: int  # index of its first token in the Doc
    ent_type_: str = ""
    pos_: str = ""
    lemma_: str = ""
    morph: Any = None
    is_punct: bool = False


def split_words(span: Span, doc_text: str) -> list[Word]:
    """The words of a span: spaCy tokens without whitespace, hyphenated line ends joined.

    ``doc_text`` is the Doc's text (``Doc.text`` is rebuilt on every access, so callers pass it).
    """
    out: list[Word] = []
    tokens = [t for t in span if not t.is_space]
    k = 0
    while k < len(tokens):
        t = tokens[k]
        text, end, j = t.text, t.idx + len(t.text), k
        while text.endswith(("-", "=")) and len(text) > 1 and j + 1 < len(tokens) \
                and "\n" in doc_text[end:tokens[j + 1].idx] \
                and tokens[j + 1].text[:1].islower():
            j += 1
            text = text[:-1] + tokens[j].text
            end = tokens[j].idx + len(tokens[j].text)
        # A tagger saw the halves of a word broken at a line end ("Ud-" PROPN, "valg"): its
        # reading of the joined word is no better than none.
        pos = t.pos_ if j == k else ""
        out.append(Word(text, t.idx, end, t.i, t.ent_type_, pos,
                        t.lemma_ if pos else "", t.morph if pos else None, t.is_punct))
        k = j + 1
    return out
