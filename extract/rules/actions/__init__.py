"""Action items: who is to do what, by when.

An action item is a task a meeting hands to someone: an actor (a person, role, body,
organisation, or "man" / "kommunerne" as written), the action (a verb phrase with its object),
a deadline when one is stated (ISO), the agenda item, and the sentence with its offsets.

>>> import extract
>>> nlp = extract.load()
>>> doc = nlp("Beslutning: Godkendt. Forvaltningen bedes fremlægge en plan senest 1. marts 2025.")
>>> [(a["actor"], a["verb"], a["deadline"]) for a in doc._.actions]
[('forvaltningen', 'fremlægge', '2025-03-01')]

How it works (all plain functions over a processed ``Doc``; ``extract_actions`` calls them):

1. :func:`sentence_spans` splits the text into sentences, joining the hard-wrapped lines of
   transcribed minute books; each sentence gets its agenda item and its *zone* (decision,
   recommendation, background, history) from the headings above it.
2. :func:`find_candidates` applies patterns for the forms Danish minutes use ("X pålægger Y at",
   "Det overlades til Y at", "Y bedes", "Det blev aftalt, at Y ...", "Y skal/vil ...",
   "Y udarbejder ...", decided recommendations, referrals) with a verb lexicon, the entities
   the other components tagged, and POS / morphology / a parse when the pipeline has them.
   Coordinated verb phrases become one candidate each.
3. :func:`rule_accepts` keeps or drops each candidate by hand-written conditions; an
   :class:`ActionClassifier` (logistic regression trained with scikit-learn on annotated
   sentences, weights stored as JSON) scores it. ``mode`` decides what counts: the rules, the
   classifier, or both (the default).

The ``actions`` table is built in :mod:`extract.tables.actions`; the gold scorer (same sentence,
same actor, same head verb) and the evaluation helpers are in :mod:`extract.evaluation.actions`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from spacy.tokens import Doc, Span, Token

from ... import extensions  # noqa: F401
from ..dates import find_dates

log = logging.getLogger(__name__)

Mode = Literal["rules", "classifier", "both"]
MODES: tuple[Mode, ...] = ("rules", "classifier", "both")
SPANS_KEY = "actions"

# --------------------------------------------------------------------------------------------
# Verb lexicon
# --------------------------------------------------------------------------------------------

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
# Verbs that hand a task to someone: the addressee is the actor, the infinitive the action.
DIRECTIVE_VERBS = ("pålægge", "overlade", "overdrage", "henstille", "bemyndige")
APPOINT_VERBS = ("vælge", "nedsætte", "udpege", "genvælge")
REFERRAL_VERBS = ("overlade", "henvise", "oversende", "overgive", "overdrage", "videresende")
# "give X Bemyndigelse / Fuldmagt til at V": an authorisation written as a noun.
AUTHORISATION_NOUNS = ("bemyndigelse", "fuldmagt", "ordre", "mandat", "tilladelse")
MODALS = {"skal": "pres", "vil": "pres", "må": "pres", "skulle": "past", "ville": "past",
          "skulde": "past", "maa": "pres"}

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
    "drage": {"drager": "pres", "drog": "past", "draget": "part"},
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

    def reading(self, token: Token | _Tok) -> VerbReading | None:
        """How ``token`` reads as a verb, or None when it is not one."""
        word = fold(token.text)
        entry = self.forms.get(word)
        pos = token.pos_
        if entry is not None:
            lemma, kind = entry
            if lemma == "modal":
                return VerbReading(word, "modal", "modal")
            if pos and pos not in ("VERB", "AUX") and kind in ("pres", "past") and token.i > 0:
                return None  # the tagger says noun or adjective: "en deltager", "et samarbejde"
            return VerbReading(lemma, kind, self.classes.get(lemma, "other"))
        if pos in ("VERB", "AUX") and token.lemma_ and token.morph is not None:
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
            return VerbReading(lemma, kind, self.classes.get(lemma, "other"))
        return None




def _kind_from_suffix(word: str) -> str:
    """A verb form's kind from its ending, when a tagger gave no morphology."""
    for suffix, kind in (("ende", "part"), ("edes", "past_pass"), ("ede", "past"), ("es", "pass"),
                         ("er", "pres"), ("et", "part"), ("te", "past"), ("e", "inf")):
        if word.endswith(suffix):
            return kind
    return "part" if word.endswith("t") else "pres"


@dataclass
class _Tok:
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


def _words(span: Span, doc_text: str) -> list[_Tok]:
    """The words of a span: spaCy tokens without whitespace, hyphenated line ends joined.

    ``doc_text`` is the Doc's text (``Doc.text`` is rebuilt on every access, so callers pass it).
    """
    out: list[_Tok] = []
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
        out.append(_Tok(text, t.idx, end, t.i, t.ent_type_, pos,
                        t.lemma_ if pos else "", t.morph if pos else None, t.is_punct))
        k = j + 1
    return out


# --------------------------------------------------------------------------------------------
# Sentences, zones, agenda items
# --------------------------------------------------------------------------------------------

# Words after which a period does not end a sentence (lower case, without the period).
ABBREVIATIONS = frozenset("""
    bl.a f.eks ca kl nr no jf jfr pkt pr mio mia kr gdr hr fru frk hmd arbmd købmd dr st skt
    sct matr min cirk skr medd ang vedr evt inkl incl m.fl m.m mv d dvs osv fmd udv komm
    kommuneing ing landinsp entr tlf stk lb off alm reinh mar ds d.a f.t h.t i.h.t hhv
    henh paag sogneraadsfmd sogner boligf forpagt sygeplejef supp fhv tidl ifl mdl ugl
    aarl årl bet rest ekstraord nedenn smst vedk ca sag tilh indb
    aug chr johs rs th kr jac joh sv vilh fr mich niels chr ejn alb andr
""".split())
_LABEL_PREFIX = re.compile(r"^[ \t*#]*(?:[A-ZÆØÅa-zæøå][\wæøåÆØÅ-]*(?:[ \t]+[\wæøåÆØÅ-]+){0,2})"
                           r"[ \t*]*:[ \t*]+(?=[A-ZÆØÅ])")
_SENT_END = re.compile(r"[.!?](?=[\s\"”)]*(?:\s|$))")
_MONTHS_CAP = re.compile(r"^(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)", re.IGNORECASE)

ZONES = {
    "beslutning": "decision", "beslutninger": "decision", "beslutningsprotokol": "decision",
    "konklusion": "decision", "opfølgning": "decision", "aftale": "decision",
    "aftaler": "decision",
    "indstilling": "recommendation", "det indstilles": "recommendation",
    "beslutningspunkter": "recommendation", "beslutningspunkt": "recommendation",
    "forslag": "recommendation", "indstillingen": "recommendation",
    "resume": "background", "resumé": "background", "sagsfremstilling": "background",
    "baggrund": "background", "økonomi": "background", "sagen": "background",
    "sagsforløb": "history", "sagsforløb:": "history", "bilag": "attachments",
    "beslutningsforslag": "proposal",
}
_ZONE_LINE = re.compile(
    r"^[ \t*#]*(?P<head>" + "|".join(re.escape(k) for k in sorted(ZONES, key=len, reverse=True))
    + r")\b[ \t*]*(?P<colon>:?)[ \t*]*(?P<rest>.*)$", re.IGNORECASE)
_ADOPTED = re.compile(r"\b(?:godkend\w*|vedt[ao]g\w*|vedtaget|tiltræd\w*|tiltråd\w*|"
                      r"anbefales|indstillingen følges|taget til efterretning)\b", re.IGNORECASE)
_NOT_ADOPTED = re.compile(r"\b(?:ikke|udsat|udsættes|afvist|afvises|forkastet)\b", re.IGNORECASE)
_AD_ITEM = re.compile(r"^\W*ad\s*(?P<no>\d{1,3})\b", re.IGNORECASE)


@dataclass
class Sentence:
    """A sentence with what the action rules need to know about where it stands."""

    start: int
    end: int
    zone: str = ""  # decision | recommendation | background | history | attachments | proposal
    # | case (a matter as it came in, in minute books)
    item_no: str = ""
    line_start: bool = True  # begins at the start of a line (not after another sentence)
    heading: bool = False  # an item heading ("Ad 2. Skolelederen orienterer"), not a sentence


def _is_wrapped_block(lines: list[str]) -> bool:
    """Whether a block's line breaks are hard wraps inside sentences (transcribed books)."""
    filled = [ln for ln in lines if ln.strip()]
    if len(filled) < 3:
        return False
    open_ended = sum(1 for ln in filled if not re.search(r"[.!?:;]\W*$", ln.rstrip()))
    return open_ended / len(filled) >= 0.5


def _is_heading(line: str) -> bool:
    """A zone heading ("Resume", "Beslutning:") or an item heading ("Punkt 7: Trafik")."""
    m = _ZONE_LINE.match(line)
    if m and not m.group("rest").strip():
        return True
    return bool(re.match(r"^[ \t*#]*(?:punkt|pkt\.|sag\s+nr\.|dagsordenspunkt)\s*\d", line,
                         re.IGNORECASE)) and not re.search(r"[.!?]\W*$", line.rstrip())


def _segments(text: str) -> list[tuple[int, int]]:
    """Runs of text within which sentences may continue across line breaks."""
    out: list[tuple[int, int]] = []
    for block in re.finditer(r"[^\n]+(?:\n[ \t]*[^\n \t][^\n]*)*", text):
        lines = block.group(0).split("\n")
        wrapped = _is_wrapped_block(lines)
        pos = block.start()
        seg_start = pos
        for i, line in enumerate(lines):
            line_end = pos + len(line)
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            join = False
            if nxt is not None:
                stripped = line.rstrip()
                nxt_s = nxt.lstrip()
                last_word = re.search(r"([\wæøåÆØÅ.]+)\.$", stripped)
                if stripped.endswith(("-", "=")) and nxt_s[:1].islower():
                    join = True
                elif nxt_s[:1].islower():
                    join = True
                elif not re.search(r"[.!?:;]\W*$", stripped):
                    join = wrapped
                elif wrapped and last_word and last_word.group(1).lower() in ABBREVIATIONS:
                    join = True
                if nxt_s and _AD_ITEM.match(nxt_s) or re.match(r"^\d{1,3}[.)]\s", nxt_s or ""):
                    join = False
                if _is_heading(line) or _is_heading(nxt):
                    join = False  # "Resume", "Beslutning", "Punkt 7: Trafik" stand alone
            if not join:
                out.append((seg_start, line_end))
                seg_start = line_end + 1
            pos = line_end + 1
    return out


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence boundaries as (start, end) character offsets.

    Lines are sentences' edges in typed minutes; in transcribed minute books, whose lines are
    hard-wrapped, lines of one block are joined. A label such as "Beslutning:" ends a sentence,
    and so does a period that is not part of an abbreviation, an initial or a date.
    """
    spans: list[tuple[int, int]] = []
    for seg_start, seg_end in _segments(text):
        seg = text[seg_start:seg_end]
        cuts = [0]
        label = _LABEL_PREFIX.match(seg)
        if label:
            cuts.append(label.end())
        for m in _SENT_END.finditer(seg):
            end = m.end()
            nxt = re.match(r"[\s\"”)]*(\S*)", seg[end:])
            following = nxt.group(1) if nxt else ""
            if not following:
                continue
            if not (following[:1].isupper() or following[:1].isdigit() or following[:1] in "\"“("):
                continue
            before = re.search(r"([\wæøåÆØÅ.]+)[.!?]$", seg[:end])
            word = before.group(1).lower() if before else ""
            if re.fullmatch(r"\W*(?:ad\s*)?\d{1,3}\s*[a-zA-Z]?\s*[.)]", seg[:end], re.IGNORECASE):
                continue  # "ad 3. Overslaget ...", "23. Inspektør ...": an item marker
            if m.group(0) == ".":
                if word in ABBREVIATIONS or len(word) == 1 or re.fullmatch(
                        r"[a-zæøå]\.[a-zæøå.]*", word):
                    continue
                if word.isdigit() and _MONTHS_CAP.match(following):
                    continue  # "d. 1. Febr." in old minutes
            cuts.append(end)
        cuts.append(len(seg))
        for a, b in zip(cuts, cuts[1:], strict=False):
            piece = seg[a:b]
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece.rstrip())
            if trail > lead:
                spans.append((seg_start + a + lead, seg_start + a + trail))
    return spans


def is_agenda(text: str) -> bool:
    """Whether the document is an agenda (proposals only) rather than minutes (decisions)."""
    head = text[:800].lower()
    if re.search(r"\b(?:referat|beslutningsprotokol|beslutningsreferat|protokol)\b", head):
        return False
    return re.search(r"(?m)^[ \t*#]*dagsorden\b", head) is not None


def _item_headings(doc: Doc) -> list[tuple[int, str]]:
    """(char offset, item number) where each agenda item's own text begins."""
    text = doc.text
    heads: dict[str, int] = {}
    for s in doc._.sections or []:
        if s.get("kind") == "item" and s.get("item_no"):
            heads.setdefault(str(s["item_no"]), int(s["start_char"]))
    agenda = doc._.agenda_items or []
    last_end = max((int(a.get("end_char", 0)) for a in agenda), default=0)
    for a in agenda:
        no = str(a.get("item_no", ""))
        if not no or no in heads:
            continue
        title = re.escape(str(a.get("title", ""))[:15])
        m = re.compile(r"(?m)^[ \t*#]*(?:ad\s+|punkt\s+|pkt\.\s*|sag\s+nr\.\s*|"
                       r"dagsordenspunkt\s+)?" + re.escape(no) + r"\s*[.):–-]?\s*" + title,
                       re.IGNORECASE).search(text, last_end)
        heads[no] = m.start() if m else int(a.get("start_char", 0))
    return sorted((pos, no) for no, pos in heads.items())


def annotate_sentences(doc: Doc, spans: Sequence[tuple[int, int]], *,
                       text: str | None = None) -> list[Sentence]:
    """Give each sentence its zone (from the headings above it) and its agenda item.

    Args:
        doc: the processed Doc (its sections and agenda items give the item numbers).
        spans: sentence offsets from :func:`sentence_spans`.
        text: ``doc.text`` when the caller has it (spaCy rebuilds it on every access).
    """
    text = text if text is not None else doc.text
    headings = _item_headings(doc)
    head_pos = [p for p, _ in headings]
    zone_marks: list[tuple[int, str, int]] = []  # (line start, zone, until: -1 = next heading)
    pos = 0
    for line in text.split("\n"):
        m = _ZONE_LINE.match(line)
        if m and (m.group("colon") or not m.group("rest").strip()):
            until = -1 if not m.group("rest").strip() else _block_end(text, pos)
            zone_marks.append((pos, ZONES[m.group("head").lower()], until))
        pos += len(line) + 1
    # Minute books put each matter ("5. ...") and its decision ("ad 5. ...") in separate blocks.
    minute_book = len(re.findall(r"(?im)^\W*ad\s*\d{1,3}\b", text)) >= 3
    out: list[Sentence] = []
    for start, end in spans:
        k = bisect.bisect_right(head_pos, start) - 1
        item_start = head_pos[k] if k >= 0 else 0
        item_no = headings[k][1] if k >= 0 else ""
        zone = ""
        for mark_pos, mark_zone, until in zone_marks:
            if mark_pos > start:
                break
            if mark_pos < item_start and until == -1:
                continue  # a heading under an earlier item
            if until == -1 or start < until:
                zone = mark_zone
            elif until != -1 and start >= until and zone == mark_zone:
                zone = ""
        block_start = 0
        for block in _BLOCK_START.finditer(text, max(0, start - 3000), start + 1):
            block_start = block.end()
        ad = _AD_ITEM.match(text[block_start:end])
        if ad:  # "ad 5." opens the decision column of a minute book
            zone = "decision"
            item_no = item_no or ad.group("no")
        elif minute_book and re.match(r"\W*\d{1,3}\s*[a-z]?\s*[.)]", text[block_start:end]) \
                and not _DECISION_START.match(text[block_start:end]):
            zone = "case"  # "5. Andragende fra ...": the matter as it came in, not what was decided
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line_end = len(text) if line_end == -1 else line_end
        line = text[line_start:line_end]
        heading = bool(_HEADING_LINE.match(line)) and end <= line_end \
            and not re.search(r"[.!?]\W*$", line.rstrip())
        out.append(Sentence(start, end, zone, item_no, not text[line_start:start].strip(),
                            heading))
    return out


# A numbered block that opens with decision words is a decision ("11. Til Efterretning, dog ...").
_DECISION_START = re.compile(
    r"\W*\d{1,3}\s*[a-z]?\s*[.)]\s*(?:til\s+efterret|bevilge|anbefale|vedtage|godkend|det\s+"
    r"(?:vedtoges|vedtages|overlades|overdrages|besluttedes)|kan\s+ikke|tillades|afslaa|afslå|"
    r"udsat|henlagt|overlades)", re.IGNORECASE)
_BLOCK_START = re.compile(r"\n[ \t]*\n\s*")
_HEADING_LINE = re.compile(r"^[ \t*#]*(?:ad\s+|punkt\s+|pkt\.\s*|sag\s+nr\.\s*|"
                           r"dagsordenspunkt\s+)?\d{1,3}\s*[.):–-]?\s+\S", re.IGNORECASE)


def _block_end(text: str, pos: int) -> int:
    m = re.compile(r"\n[ \t]*\n").search(text, pos)
    return m.start() if m else len(text)


# --------------------------------------------------------------------------------------------
# Deadlines
# --------------------------------------------------------------------------------------------

_END_OF = re.compile(
    r"\b(?:inden|senest|før|ved|til)\s+(?:udgangen|slutningen|enden)\s+af\s+"
    r"(?:(?P<month>januar|februar|marts|april|maj|juni|juli|august|september|oktober|"
    r"november|december)\s*)?(?P<year>(?:19|20)\d\d)?", re.IGNORECASE)
_DEADLINE_MARK = re.compile(
    r"\b(?:senest|inden|før|til|frem til|ved|på|pr\.?|i)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
_NOT_DEADLINE = re.compile(r"\b(?:fra|siden|af|efter|dateret|skrivelse)\s+(?:den\s+|d\.\s*)?$",
                           re.IGNORECASE)
_YEAR_WRITTEN = re.compile(r"(?:\b(?:1[6-9]|20)\d\d\b|[-./]\d\d\s*$)")
_MONTH_NUMBERS = {m: i for i, m in enumerate(
    ("januar februar marts april maj juni juli august september oktober november december"
     ).split(), 1)}


def normalise_deadline(text: str, *, reference: dt.date | None) -> tuple[str, str]:
    """The deadline stated in an action's text, as (ISO date, the words that state it).

    A deadline is the first date that is not a start or a reference ("fra 1. maj", "skrivelse af
    3. juni"), or the end of a month or year ("inden udgangen af 2024" -> 2024-12-31). A date
    written without its year is the first such day on or after ``reference`` (the meeting), since
    deadlines lie ahead: "senest 15. januar" in December minutes is next January. A relative
    deadline ("senest 14 dage før seminaret") has no ISO value.

    Args:
        text: the action's words (the verb phrase with its object and adverbials).
        reference: the meeting date (or the document's), for dates without a year.

    Returns:
        (ISO date or "", the deadline as written or "").
    """
    m = _END_OF.search(text)
    if m and (m.group("year") or reference):
        year = int(m.group("year")) if m.group("year") else reference.year  # type: ignore[union-attr]
        month = _MONTH_NUMBERS[m.group("month").lower()] if m.group("month") else 12
        if not m.group("year") and reference and dt.date(year, month, 1) < reference.replace(day=1):
            year += 1
        last = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1))
        return last.isoformat(), m.group(0).strip()
    for match in find_dates(text, reference=None):
        if _NOT_DEADLINE.search(text[:match.start]):
            continue
        written = text[match.start:match.end]
        iso = _iso_after(written, reference)
        if not iso:
            continue
        mark = _DEADLINE_MARK.search(text[:match.start])
        said = (text[mark.start():match.end] if mark else written).strip()
        return iso, said
    relative = re.search(r"\b(?:senest|inden|før)\s+\d+\s+(?:dage|uger|måneder)\s+\w+\s+\w+",
                         text, re.IGNORECASE)
    return "", relative.group(0) if relative else ""


def _iso_after(written: str, reference: dt.date | None) -> str:
    """ISO value of a written date; without a year, the first such day on or after reference."""
    found = find_dates(written, reference=reference)
    iso = found[0].iso if found else ""
    if _YEAR_WRITTEN.search(written) or reference is None:
        return iso or (find_dates(written)[0].iso if find_dates(written) else "")
    if not iso:
        for ref in (dt.date(reference.year, 7, 1), dt.date(reference.year + 1, 1, 1)):
            again = find_dates(written, reference=ref)
            if again and again[0].iso:
                iso = again[0].iso
                break
    if iso and dt.date.fromisoformat(iso) < reference:
        day = dt.date.fromisoformat(iso)
        try:
            iso = day.replace(year=day.year + 1).isoformat()
        except ValueError:  # 29 February
            iso = (day + dt.timedelta(days=365)).isoformat()
    return iso


def reference_of(doc: Doc, *, text: str | None = None) -> dt.date | None:
    """The date deadlines count from: the meeting's date, else the document's."""
    for meeting in doc._.meetings or []:
        if meeting.get("date"):
            return dt.date.fromisoformat(meeting["date"])
    header = doc._.header or {}
    if header.get("date_iso"):
        return dt.date.fromisoformat(header["date_iso"])
    if doc._.reference_year:
        return dt.date(int(doc._.reference_year), 1, 1)
    head = (text if text is not None else doc.text)[:500]
    year = re.search(r"\b(1[6-9]\d\d|20\d\d)\b", head)  # "Aar 1943 den 9. Februar"
    return dt.date(int(year.group(1)), 1, 1) if year else None


# --------------------------------------------------------------------------------------------
# Candidates
# --------------------------------------------------------------------------------------------

AGENT_LABELS = ("PERSON", "ROLE", "ORG", "MUNICIPALITY")
_AGENT_HEAD = re.compile(
    r"(?:chef|direktør|formand|formænd|forperson|leder|sekretær|konsulent|repræsentant|ingeniør|"
    r"kasserer|kæmner|rådmand|borgmester|inspektør|fuldmægtig|medarbejder|medlem|medlemm|præst|"
    r"lærer|dyrlæge|entreprenør|udvalg|råd|forvaltning|administration|sekretariat|afdeling|"
    r"bestyrelse|nævn|kommission|kommune|region|politi|myndighed|styrelse|ministerium|selskab|"
    r"forening|gruppe|center|centr|team|direktion|ledelse|stab|enhed|magistrat|kreds|skole|"
    r"part|borger|formandskab|arbejdsgruppe|tovholder|ansvarlig|koordinator|"
    r"rådgiver|revisor|advokat|kontor|tjeneste|væsen|bestyrer|mand|politiker|rektor|"
    r"byråd|byrådet|kommunalbestyrelse|regionsråd)"
    r"(?:en|et|n|erne|rne|ene|ne|r|er|e|s|ens|ets|ernes|rnes|ns)?\.?$")
_NOT_AGENT = {"sagen", "punktet", "forslaget", "aftalen", "planen", "projektet", "det", "der",
              "den", "dette", "denne", "de", "referatet", "materialet", "notatet", "budgettet",
              "høringssvaret", "høringen", "arbejdet", "indstillingen", "beløbet", "listen",
              "kontrakten", "ordningen", "mødet", "udkastet", "han", "hun", "vi", "jeg", "du",
              "skrivelsen", "andragendet", "ansøgningen", "tilbuddet"}
_CLAUSE_OPENERS = {"og", "at", "som", "der", "hvorimod", "hvorhos", "idet", "da", "når", "naar",
                   "hvorefter", "hvorved", "mens", "men"}
_LEADING_SKIP = {"idet", "hvorefter", "hvorved", "mens", "men", "at", "og", "samt", "som", "der",
                 "samtidig", "derfor", "også", "desuden", "herefter", "derefter", "endvidere",
                 "ligeledes", "så", "hvorhos",
                 "hvorimod", "endelig", "dernæst", "først", "snarest", "nærmere", "dog", "tillige"}
_AGENT_ABBREVIATION = re.compile(r"(?:fmd|frmd|formd|udv|ing|dir|sekr|udvalg)$")
_LIKELY_INFINITIVE = re.compile(r"[a-zæøå]{2,}e")
_NOT_INFINITIVE = {"alle", "hele", "samme", "disse", "denne", "ikke", "nye", "store", "gamle",
                   "mange", "andre", "egne", "halve", "hverdage", "rette", "sidste", "første"}
_PREPOSITIONS = {"i", "for", "af", "ved", "på", "til", "med", "om", "fra", "under", "hos", "mod",
                 "over", "efter", "paa", "indenfor", "uden"}
_AUXILIARIES = {"har", "havde", "er", "var", "blev", "bliver", "kan", "kunne", "skal", "vil",
                "må", "skulle", "ville", "skulde", "maa", "bør", "burde", "bedes"}
_TRAILING_SKIP = {"snarest", "nærmere", "samtidig", "også", "straks", "derfor", "desuden",
                  "senere", "nu", "da", "derefter", "herefter", "igen", "først",
                  "venligst", "hurtigst", "muligt", "selv", "fortsat", "ligeledes", "tillige",
                  "bl.a.", "bl.a", "blandt", "andet"}
_ADVERBS = {"bl.a.", "bl.a", "også", "samtidig", "desuden", "venligst", "snarest", "nærmere",
            "fortsat", "endvidere", "straks", "hurtigst", "muligt", "ligeledes", "tillige",
            "fremover", "fremadrettet", "gerne", "blandt", "andet", "i", "øvrigt", "iøvrigt",
            "dog", "selv", "allerede", "igen", "derfor", "herefter", "så", "hurtigt", "ikke",
            "endelig"}
_AGREED = {"aftalt", "aftaltes", "aftales", "besluttet", "besluttede", "besluttes", "vedtaget",
           "vedtog", "vedtoges", "vedtages", "enige", "enighed", "enedes", "aftalte"}
_RECOMMENDED = {"indstilles", "indstiller", "indstillede", "foreslår", "foreslås", "foreslog",
                "foreslåes", "anbefaler", "anbefales", "anbefalede", "henstiller", "ønsker",
                "ønskede", "opfordrer", "foreslaar", "foreslaas"}
_CUES = ("foreslog", "foreslår", "foreslås", "ønsker", "ønskede", "forslag", "beslutningsforslag",
         "beslutningsforslaget", "oplyste", "meddelte", "orienterede", "fortalte", "har", "havde",
         "blev", "er", "var", "kan", "kunne", "ikke", "aftalt", "enighed", "indstiller",
         "indstilles", "anbefaler", "besluttede", "fremgår", "forventes", "planlægges", "bad",
         "efterlyste", "spurgte", "godkendt", "vedtoges", "hvis", "såfremt", "når", "om",
         "fald", "tilfælde", "forudsat", "eventuelt")
_CUE_WORDS = re.compile(r"\b(?:" + "|".join(_CUES) + r")\b")


def _cues(folded: str) -> tuple[str, ...]:
    """The cue words in a (folded) text, in the order of ``_CUES``."""
    found = set(_CUE_WORDS.findall(folded))
    return tuple(c for c in _CUES if c in found)


_MARKER = re.compile(r"\W*(?:ad\b\s*)?(?:\d{1,3}\s*[a-zA-Z]?\s*[.):]+\s*)?(?:[a-zA-Z]\)\s*)?",
                     re.IGNORECASE)
_SUBORDINATORS = {"forinden", "inden", "før", "når", "hvis", "såfremt", "da", "idet", "efter",
                  "mens", "fordi", "selvom", "skønt", "hvorefter", "hvorfor", "om", "at", "som"}
_TRANSMISSION = {"fremsende", "forelægge", "oversende", "indsende", "anmode", "opsige", "meddele",
                 "søge", "andrage", "ansøge"}
_CONDITIONAL = re.compile(r"\b(?:hvis|såfremt|saafremt|forudsat|i (?:bekræftende|modsat|givet) "
                          r"fald|i tilfælde af|i paakommende|eventuelt)\b", re.IGNORECASE)
_REPORTING = re.compile(r"\b(?:oplyste|oplyser|meddelte|meddeler|orienterede|orienterer|"
                        r"fortalte|forklarede|redegjorde|nævnte|bemærkede|svarede|forventer|"
                        r"forventede|mener|mente|vurderer|fremhævede|gjorde\s+opmærksom)\b",
                        re.IGNORECASE)
_PROPOSAL = re.compile(r"\b(?:beslutningsforslag\w*|forslagsstiller\w*|foreslog|foreslår|"
                       r"foreslås|foreslaas|ønsker|ønskede|henstiller\s+til\s+(?:sogne|by|kommunal)|"
                       r"anmoder|andrager)\b", re.IGNORECASE)


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
    first_word: str = ""
    rule: bool = False
    score: float = 0.0


def clean_text(text: str) -> str:
    """Whitespace collapsed and line-end hyphenation undone ("Regnskabs-\\nudvalget")."""
    text = re.sub(r"[-=][ \t]*\n\s*(?=[a-zæøå])", "", text)
    return re.sub(r"\s+", " ", text).strip()


class _SentenceParser:
    """Pattern matching over the tokens of one sentence."""

    def __init__(self, doc: Doc, sent: Sentence, tokens: Span, lexicon: VerbLexicon,
                 *, agenda: bool, adopted: bool, reference: dt.date | None,
                 doc_text: str | None = None) -> None:
        doc_text = doc_text if doc_text is not None else doc.text
        self.doc = doc
        self.sent = sent
        self.text = doc_text
        self.toks = _words(tokens, doc_text)
        self.words = [fold(t.text) for t in self.toks]
        self.lex = lexicon
        self.readings = [lexicon.reading(t) for t in self.toks]
        self.agenda = agenda
        self.adopted = adopted
        self.reference = reference
        text = doc_text[sent.start:sent.end]
        self.cues = _cues(fold(text))
        marker = _MARKER.match(text)
        self.lead = sum(1 for t in self.toks if t.idx < sent.start + marker.end()) if marker else 0
        self.numbered = bool(re.match(r"\W*\d{1,3}\s*[a-zA-Z]?\s*[.)]\s", text))
        self.first = self.words[self.lead] if self.lead < len(self.words) else ""
        self.directive_triggers: set[int] = set()

    # -- helpers ------------------------------------------------------------------------------

    def _verb(self, i: int, kinds: tuple[str, ...]) -> VerbReading | None:
        r = self.readings[i] if 0 <= i < len(self.toks) else None
        if r is None or r.kind not in kinds or r.verb_class == "modal":
            return None
        if i > self.lead and self.toks[i].text[:1].isupper() and not self.toks[i].pos_:
            return None  # a capital mid-sentence is a noun ("pr. Deltager", "Møder")
        return r

    def _skip_adverbs(self, i: int) -> int:
        while i < len(self.toks) and (self.words[i] in _ADVERBS or self.toks[i].text == ","
                                      and i + 1 < len(self.toks) and self.words[i + 1] in _ADVERBS):
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
                while k < end and self.words[k] in ("og", "samt", ","):
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
        if b <= a:
            return None
        text = clean_text(self.text[self.toks[a].idx:self.toks[b - 1].end]).strip(" ,;:")
        kind = self._agent_kind(a, b)
        if kind is None:
            return None
        return text, kind, a, b

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
        cut = next((k for k in range(1, len(toks)) if self.words[a + k] in _PREPOSITIONS),
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
        prefix_cues = _cues(prefix)
        conditional = _CONDITIONAL.search(self.text[self.sent.start:end_char]) is not None
        return Candidate(self.sent, pattern, text, kind, verb, reading.kind, reading.verb_class,
                         start_char, end_char, action, obj, deadline, said, self.adopted,
                         self.agenda, reported, relative, cues=self.cues, first_word=self.first,
                         prefix_cues=prefix_cues, conditional=conditional)

    def _reported_before(self, i: int) -> bool:
        text = self.text[self.sent.start:self.toks[i].idx] if i < len(self.toks) else ""
        return _REPORTING.search(text) is not None

    # -- patterns -----------------------------------------------------------------------------

    def candidates(self) -> list[Candidate]:
        found: list[Candidate] = []
        for method in (self._directives, self._authorisations, self._bedes, self._at_clauses,
                       self._modals, self._present, self._referrals):
            found.extend(method())
        unique: dict[tuple[int, int], Candidate] = {}
        for c in found:  # earlier patterns are the more specific ones
            unique.setdefault((c.action_start, c.action_end), c)
        return list(unique.values())

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
            if r is not None:
                out.append(self._make(pattern, actor, a, b, r, **kw))
            kw.setdefault("trigger", v)
        return out

    def _directives(self) -> list[Candidate]:
        out: list[Candidate] = []
        w = self.words
        for i, r in enumerate(self.readings):
            if r is None or r.lemma not in (*DIRECTIVE_VERBS, *APPOINT_VERBS):
                continue
            appoint = r.lemma in APPOINT_VERBS
            if r.kind in ("pass", "past_pass") and not appoint:
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
                    actor = self._actor(s, i)
                out += self._vp_candidates("directive", actor, v, trigger=i)
                self.directive_triggers.add(i)
            elif r.kind in ("pres", "past", "inf"):
                # "byrådet pålægger X at V", "bemyndigede X til at V", "vælge X til at V",
                # "(vedtoges at) overlade til X at V"
                j = i + 1
                if j < len(w) and w[j] == "til":
                    j += 1
                k = j
                limit = min(len(w), j + 25)
                while k < limit and not (w[k] == "at" or w[k] == "til" and k + 1 < len(w) and (
                        w[k + 1] == "at" or w[k + 1] in _ADVERBS)):
                    k += 1
                v = self._infinitive_after(k) if k < limit else None
                if v is None or k == j:
                    continue
                out += self._vp_candidates("appoint" if appoint else "directive",
                                           self._actor(j, k), v, trigger=i)
                self.directive_triggers.add(i)
        return out

    def _authorisations(self) -> list[Candidate]:
        """"give Hypotekforeningen Bemyndigelse til (i alle Tilfælde) at yde Henstand"."""
        out: list[Candidate] = []
        w = self.words
        for i, r in enumerate(self.readings):
            if r is None or r.lemma not in ("give", "meddele", "tildele"):
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

    def _clause_start(self, i: int) -> int:
        j = i - 1
        while j > self.lead and self.words[j - 1] not in ("at", "som", "der", ";") and not (
                self.words[j - 1] == "," and self.words[j] in _CLAUSE_OPENERS):
            j -= 1
        return max(j, self.lead)

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

    def _at_clauses(self) -> list[Candidate]:
        """Finite clauses under "aftalt, at" / "indstilles, at": "at X V ..." each."""
        out: list[Candidate] = []
        w = self.words
        trigger: str | None = None
        for i, word in enumerate(w):
            if word in _AGREED:
                trigger = "agreed"
            elif word in _RECOMMENDED:
                trigger = "recommended"
            if trigger is None or word != "at" or i == 0:
                continue
            if w[i - 1] not in (",", "og", "samt") and w[i - 1] not in _AGREED | _RECOMMENDED:
                continue  # "mod at", "om at": a subordinate clause, not what was agreed
            j = i + 1
            if self._verb(self._skip_adverbs(j), ("inf",)):
                trigger = None  # "vedtoges at meddele, at ...": what follows is a message
                continue  # "vedtoges at bevilge": no one is named
            limit = min(len(w), j + 20)
            k = j
            while k < limit and not (self._verb(k, ("pres",)) or w[k] in MODALS):
                if w[k] in ("at", ",") and k > j:
                    break
                k += 1
            if k >= limit or k == j or w[k] in ("at", ","):
                continue
            if self.readings[k] is not None and self.readings[k].lemma in _NOT_TASKS:
                continue  # "at man er villig til ...": a state, not a task
            v = k
            if w[k] in MODALS:
                v = self._skip_adverbs(k + 1)
                if not self._verb(v, ("inf",)):
                    continue
            actor = self._actor(j, k)
            out += self._vp_candidates(trigger, actor, v, reported=self._reported_before(i),
                                       trigger=i)
        return out

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
                    if w[v] in _PREPOSITIONS or w[v] in ("inden", "senest", "før", "snarest"):
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
                if s >= 2 and self.words[s - 1] in ("der", "som") and self.words[s - 2] == ",":
                    # "et Udvalg ..., der inden 1. April skal afgive Betænkning": the antecedent
                    actor = self._antecedent(s - 2)
                    actor = (*actor[:3], s) if actor else None
                else:
                    actor = self._actor(s, i)
            if not self._verb(v, ("inf",)) and not self._likely_infinitive(v):
                continue
            out += self._vp_candidates("modal", actor, v, reported=self._reported_before(i))
        return out

    def _antecedent(self, comma: int) -> tuple[str, str, int, int] | None:
        """The noun phrase before ``comma`` that a relative clause after it refers to."""
        a = comma
        while a > self.lead and not (
                self._verb(a - 1, ("inf", "pres", "past", "pass", "past_pass")) is not None
                or self.words[a - 1] in (";", "at", "og") and a - 1 < comma - 8):
            a -= 1
        return self._actor(a, comma, appositions=False)

    def _locative(self, modal: int) -> tuple[str, str, int, int] | None:
        """"I kommunerne vil man": the place named before the verb stands for "man"."""
        if modal >= self.lead + 2 and self.words[self.lead] in ("i", "hos", "på"):
            return self._actor(self.lead + 1, modal)
        return None

    def _present(self) -> list[Candidate]:
        """"Formanden skriver til ..." / "Louise Krag koordinerer ...": a subject, then a verb
        in the present tense, at the start of the sentence."""
        w = self.words
        if self.numbered:
            return []  # the heading of an incoming matter ("3. Kommuneingeniøren fremsender")
        start = self.lead
        if start < len(w) and w[start] in _SUBORDINATORS:
            return []  # "Forinden Aarhus Kommune arbejder videre ...": a subordinate clause
        k = start
        limit = min(len(w), start + 12)
        while k < limit and not self._verb(k, ("pres",)):
            if w[k] in (",", "at", "som", "der") or w[k] in MODALS:
                return []
            k += 1
        if k == start or k >= limit:
            return []
        r = self.readings[k]
        assert r is not None
        if r.lemma in (*DIRECTIVE_VERBS, *APPOINT_VERBS, "bede") or r.lemma in _NOT_TASKS \
                or self.toks[k].pos_ == "AUX":
            return []  # "har anbefalet", "var fraværende": perfect tense or a state
        actor = self._actor(start, k)
        if actor is None:
            return []
        if self.toks[start].pos_ and self.toks[k].pos_ not in ("VERB", "AUX", ""):
            return []
        return self._vp_candidates("present", actor, k)

    def _referrals(self) -> list[Candidate]:
        """"Overlades Vejudvalget." / "henvistes til Socialudvalget": a matter handed to a body
        with no further verb; the referral is the action."""
        out: list[Candidate] = []
        w = self.words
        for i, r in enumerate(self.readings):
            if r is None or r.lemma not in REFERRAL_VERBS:
                continue
            if r.kind == "inf" and i not in self.directive_triggers:
                out += self._active_referral(i, r)
                continue
            if r.kind not in ("pass", "past_pass"):
                continue
            j = i + 1
            if j < len(w) and w[j] == "til":
                j += 1
            k = j
            while k < len(w) and w[k] not in ("til", ".", ",", "at", "og") or (
                    k < len(w) and w[k] == "og" and k + 1 < len(w)
                    and self.toks[k + 1].text[:1].isupper()):
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
        return out

    def _active_referral(self, i: int, r: VerbReading) -> list[Candidate]:
        """"(vedtoges at) overdrage Oprensningen ... til Vejmanden": the task goes to whoever
        follows "til"."""
        w = self.words
        for k in range(i + 1, min(len(w), i + 16)):
            if w[k] in (".", ";", "at"):
                return []
            if w[k] == "til" and k + 1 < len(w) and w[k + 1] != "at":
                e = k + 1
                while e < len(w) and w[e] not in (".", ",", ";", "og", "tillige", "samt"):
                    e += 1
                actor = self._actor(k + 1, e)
                if actor is None or actor[1] == "other":
                    return []
                return [self._make("referral", actor, i, e, r)]
        return []


def _adopted_items(text: str, sentences: Sequence[Sentence]) -> set[str]:
    """Agenda items whose decision adopts the recommendation ("Godkendt", "Vedtaget")."""
    adopted: set[str] = set()
    for s in sentences:
        if s.zone != "decision" or not s.item_no:
            continue
        words = text[s.start:s.end]
        if _ADOPTED.search(words) and not _NOT_ADOPTED.search(words):
            adopted.add(s.item_no)
    return adopted


def find_candidates(doc: Doc, *, lexicon: VerbLexicon, text: str | None = None
                    ) -> list[Candidate]:
    """Every possible action item in a processed Doc, with its features (see module docs).

    Args:
        doc: a Doc that went through the minutes pipeline (entities, sections, agenda).
        lexicon: the verb lexicon (the component's saved one, or ``default_verb_lexicon()``).
        text: ``doc.text`` when the caller has it (spaCy rebuilds it on every access).
    """
    text = text if text is not None else doc.text
    spans = sentence_spans(text)
    sentences = annotate_sentences(doc, spans, text=text)
    adopted = _adopted_items(text, sentences)
    agenda = is_agenda(text)
    reference = reference_of(doc, text=text)
    out: list[Candidate] = []
    for sent in sentences:
        if sent.end - sent.start < 8 or sent.heading:
            continue
        tokens = doc.char_span(sent.start, sent.end, alignment_mode="expand")
        if tokens is None or len(tokens) < 3:
            continue
        parser = _SentenceParser(doc, sent, tokens, lexicon, agenda=agenda,
                                 adopted=sent.item_no in adopted, reference=reference,
                                 doc_text=text)
        out.extend(parser.candidates())
    log.debug("%d sentences, %d action candidates", len(sentences), len(out))
    return out


# --------------------------------------------------------------------------------------------
# Rules, classifier, selection
# --------------------------------------------------------------------------------------------

EXPLICIT_PATTERNS = ("directive", "appoint", "referral", "bedes", "agreed")
_NOT_TASKS = {"være", "have", "kunne", "skulle", "ville", "måtte", "blive", "burde", "få", "gøre",
              "synes", "mene", "tro", "finde", "ønske"}
_DECISION_PHRASE = re.compile(r"(?:tage|træffe)\s+(?:stilling|beslutning|forbehold)|"
                              r"tage\s+\w*\s*til\s+efterretning")


def rule_accepts(c: Candidate) -> bool:
    """The hand-written decision: whether a candidate is an action item.

    Agendas hold proposals, and history and attachment sections hold earlier meetings: nothing
    there is handed to anyone now. Explicit forms (pålægges, overlades, bedes, aftalt) count
    unless they stand in a proposal; a recommendation counts once the item was adopted; a
    modal or present-tense clause counts when its verb is a task, its subject an agent, and it
    is not narrative (background sections, reported speech, past proposals).
    """
    if c.agenda or c.sentence.zone in ("history", "attachments", "proposal", "case"):
        return False
    if c.verb_class in ("decision", "report") and c.pattern not in ("referral",):
        return False
    if c.verb_class == "directive" and c.pattern not in ("referral",):
        return False  # "man henstiller, at ...": the task is in the clause under it
    if c.verb.split()[0] in _NOT_TASKS:
        return False  # "at man er villig til ...": being, having, being able are no tasks
    if c.verb_class != "action" and c.pattern in ("agreed", "recommended"):
        return False
    if _DECISION_PHRASE.match(fold(c.action.split(" ", 1)[0] + " " + c.object)):
        return False  # "Sogneraadet skal tage Stilling til ...": a decision to come
    proposal = any(cue in c.prefix_cues for cue in (
        "beslutningsforslag", "beslutningsforslaget", "foreslog", "foreslår", "foreslås",
        "ønsker", "ønskede", "forslag"))
    if c.pattern in EXPLICIT_PATTERNS:
        return not (proposal and c.pattern in ("directive", "appoint")) and not c.reported
    if c.pattern == "recommended":
        return c.adopted and not proposal
    if c.pattern in ("modal", "present"):
        if c.reported or proposal or c.sentence.zone in ("background", "recommendation"):
            return False
        if c.verb_class != "action" or c.actor_kind == "other" or c.conditional:
            return False
        if c.pattern == "present" and c.sentence.zone != "decision" and \
                c.verb.split()[0] in _TRANSMISSION:
            return False  # "Kommuneingeniøren fremsender Detailprojekt": an incoming matter
        return True
    return False


def features(c: Candidate) -> dict[str, float]:
    """The classifier's view of a candidate: pattern, zone, verb class, actor kind, cues.

    No word identities (which verb, which first word): with a few hundred annotated sentences
    they would be memorised, not learnt.
    """
    zone = c.sentence.zone or "none"
    f: dict[str, float] = {
        f"pattern={c.pattern}": 1.0,
        f"zone={zone}": 1.0,
        f"pattern={c.pattern}&zone={zone}": 1.0,
        f"verb_class={c.verb_class}": 1.0,
        f"verb_kind={c.verb_kind}": 1.0,
        f"actor={c.actor_kind}": 1.0,
    }
    if c.deadline or c.deadline_text:
        f["deadline"] = 1.0
    if c.agenda:
        f["agenda"] = 1.0
    if c.reported:
        f["reported"] = 1.0
    if c.relative:
        f["relative"] = 1.0
    if c.pattern == "recommended":
        f["recommended&adopted" if c.adopted else "recommended&open"] = 1.0
    if c.sentence.line_start:
        f["line_start"] = 1.0
    for cue in c.cues:
        f[f"cue={cue}"] = 1.0
    for cue in c.prefix_cues:
        f[f"before={cue}"] = 1.0
    if c.conditional:
        f["conditional"] = 1.0
    if c.verb.split()[0] in _TRANSMISSION:
        f["transmission"] = 1.0
    return f


@dataclass
class ActionClassifier:
    """Logistic regression over :func:`features`; weights are plain JSON (no pickles).

    Attributes:
        weights: feature -> coefficient.
        intercept: the bias.
        threshold: probability at which a candidate counts in ``classifier`` mode.
        meta: what it was trained on and how it scored.
    """

    weights: dict[str, float] = field(default_factory=dict)
    intercept: float = 0.0
    threshold: float = 0.5
    meta: dict[str, Any] = field(default_factory=dict)

    def probability(self, c: Candidate) -> float:
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in features(c).items())
        return 1.0 / (1.0 + math.exp(-z))

    def to_dict(self) -> dict[str, Any]:
        return {"weights": self.weights, "intercept": self.intercept,
                "threshold": self.threshold, "meta": self.meta}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> ActionClassifier:
        data = data or {}
        return cls(dict(data.get("weights", {})), float(data.get("intercept", 0.0)),
                   float(data.get("threshold", 0.5)), dict(data.get("meta", {})))


# In "both" mode the rules decide, the classifier can veto a rule's yes (below VETO), and it
# decides alone where the rules cannot: clauses whose verb the lexicon does not know.
VETO = 0.15
ADD = 0.8  # what the classifier adds on its own must clear a higher bar than its threshold


def select(candidates: Iterable[Candidate], *, classifier: ActionClassifier | None,
           mode: Mode = "both") -> list[Candidate]:
    """The candidates that count as action items under ``mode``.

    Args:
        candidates: from :func:`find_candidates`.
        classifier: the trained classifier (None: rules only, whatever ``mode`` says).
        mode: ``rules`` (the hand-written conditions), ``classifier`` (its probability at or
            above its threshold), or ``both``.
    """
    out = []
    for c in candidates:
        c.rule = rule_accepts(c)
        c.score = classifier.probability(c) if classifier is not None else float(c.rule)
        if classifier is None or mode == "rules":
            keep = c.rule
        elif mode == "classifier":
            keep = c.score >= classifier.threshold
        else:
            # The rules judge verbs the lexicon knows; the classifier may veto them, and it
            # judges the clauses whose verb the lexicon does not know ("vil foranledige").
            keep = (c.rule and c.score >= VETO) or (
                not c.rule and c.verb_class == "other" and c.score >= ADD)
        if keep:
            out.append(c)
    return out


@dataclass
class ActionItem:
    """One row of the ``actions`` table, before the document context is added."""

    item_no: str
    actor: str
    action: str
    verb: str
    object: str
    deadline: str
    deadline_text: str
    text: str
    start_char: int
    end_char: int
    action_start: int
    action_end: int
    pattern: str
    score: float


def to_items(doc: Doc, chosen: Iterable[Candidate], *, text: str | None = None
             ) -> list[ActionItem]:
    """Table rows for the chosen candidates, in text order."""
    items = []
    text = text if text is not None else doc.text
    for c in sorted(chosen, key=lambda c: (c.sentence.start, c.action_start)):
        items.append(ActionItem(c.sentence.item_no, c.actor, c.action, c.verb, c.object,
                                c.deadline, c.deadline_text,
                                clean_text(text[c.sentence.start:c.sentence.end]),
                                c.sentence.start,
                                c.sentence.end, c.action_start, c.action_end, c.pattern,
                                round(c.score, 4)))
    return items


def extract_actions(doc: Doc, *, lexicon: VerbLexicon, classifier: ActionClassifier | None,
                    mode: Mode = "both") -> list[ActionItem]:
    """The action items of a processed Doc (what ``extract_actions`` stores on it).

    Args:
        doc: a Doc from the minutes pipeline.
        lexicon: the verb lexicon.
        classifier: the trained classifier, or None for rules only.
        mode: ``rules``, ``classifier`` or ``both`` (see :func:`select`).
    """
    text = doc.text
    chosen = select(find_candidates(doc, lexicon=lexicon, text=text), classifier=classifier,
                    mode=mode)
    return to_items(doc, chosen, text=text)


def train_classifier(candidates: Sequence[Candidate], labels: Sequence[int], *,
                     c: float = 1.0, threshold: float = 0.5,
                     meta: dict[str, Any] | None = None) -> ActionClassifier:
    """Fit the action classifier (scikit-learn logistic regression) on labelled candidates.

    Args:
        candidates: candidates from annotated documents.
        labels: 1 = action item, 0 = not, one per candidate.
        c: inverse regularisation strength.
        threshold: probability at which a candidate counts.
        meta: stored with the weights (training data, scores).

    Raises:
        ValueError: the labels hold only one class.
    """
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    if len(set(labels)) < 2:
        raise ValueError("training needs both action items and non-items; annotate more "
                         "sentences (corpus/train/actions.jsonl)")
    vec = DictVectorizer()
    x = vec.fit_transform([features(cand) for cand in candidates])
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=2000)
    model.fit(x, list(labels))
    names = vec.get_feature_names_out()
    weights = {name: round(float(w), 6) for name, w in zip(names, model.coef_[0], strict=True)
               if abs(w) > 1e-6}
    return ActionClassifier(weights, round(float(model.intercept_[0]), 6), threshold,
                            dict(meta or {}, n_examples=len(labels),
                                 n_positive=int(sum(labels))))


def items_as_dicts(items: Iterable[ActionItem]) -> list[dict[str, Any]]:
    """Plain dicts for ``Doc._.actions`` (so Docs survive DocBin and ``n_process``)."""
    return [asdict(i) for i in items]
