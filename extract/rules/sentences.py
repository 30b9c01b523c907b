"""Sentence boundaries in minutes: the one sentence splitter the rules share.

:func:`sentence_spans` reads a text in one of two ways, one for each of its callers:

- ``"plain"`` (:mod:`extract.rules.decisions`): every line end ends a sentence, and so does
  . ! ? before a capital or a digit, unless it follows a capital initial ("Kasper L. Johansen")
  or one of :data:`PLAIN_ABBREVIATIONS` ("jf.", "bl.a.").
- ``"minutes"`` (:mod:`extract.rules.actions`): the lines of a hard-wrapped block (transcribed
  minute books) are joined, except headings and lines that open with an item marker ("ad 3.",
  "4)"); a label ("Beslutning:") ends a sentence, and a period does not when it follows one of
  :data:`ABBREVIATIONS`, an initial, a dotted abbreviation ("f.t."), an item number or a day
  before a month ("d. 1. Febr.").

Both abbreviation lists live here, but they are not merged: merging them moves sentence ends.
Measured when the two splitters were brought together, the plain reading with the union of the
lists split 1,149 of the 60,064 texts in ``corpus/`` and ``../shared/corpus`` differently
("Gdr.", "Kr.", "pr." no longer end a sentence), and the minutes reading 61 ("den.", "ekskl.").
That is a change of behaviour, to be made and scored on its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

Reading = Literal["plain", "minutes"]

# Words after which a period does not end a sentence in the minutes reading (lower case, without
# the final period): modern and historic abbreviations, titles ("gdr", "hmd", "murerm" for
# murermester) and the shortened first names of old minute books ("chr", "johs").
ABBREVIATIONS = frozenset("""
    bl.a f.eks ca kl nr no jf jfr pkt pr mio mia kr gdr hr fru frk hmd arbmd købmd dr st skt
    sct matr min cirk skr medd ang vedr evt inkl incl m.fl m.m mv d dvs osv fmd udv komm
    kommuneing ing landinsp entr tlf stk lb off alm reinh mar ds d.a f.t h.t i.h.t hhv
    henh paag sogneraadsfmd sogner boligf forpagt sygeplejef supp fhv tidl ifl mdl ugl
    aarl årl bet rest ekstraord nedenn smst vedk ca sag tilh indb
    murerm tømrerm snedkerm smedem malerm bagerm slagterm skrædderm sadelm købm vognm
    aug chr johs rs th kr jac joh sv vilh fr mich niels chr ejn alb andr
    laur vald rasm ped gust herm ths nic osc ant bernh hjalm holg frdr mart jørg
""".split())
# The plain reading's shorter list (lower case, without the final period).
PLAIN_ABBREVIATIONS = frozenset({
    "jf", "vs", "ca", "nr", "kl", "bl.a", "evt", "pkt", "stk", "hhv", "mv", "m.v", "fx", "dvs",
    "inkl", "ekskl", "f.eks", "ang", "vedr", "d", "den"})

# "ad 5." at the start of a line: the decision on item 5 in a minute book.
AD_ITEM = re.compile(r"^\W*ad\s*(?P<no>\d{1,3})\b", re.IGNORECASE)

_BOUNDARY = re.compile(r"[.!?]+(?=\s+[A-ZÆØÅ0-9\"“]|\s*$)|\n")
_LABEL_PREFIX = re.compile(r"^[ \t*#]*(?:[A-ZÆØÅa-zæøå][\wæøåÆØÅ-]*(?:[ \t]+[\wæøåÆØÅ-]+){0,2})"
                           r"[ \t*]*:[ \t*]+(?=[A-ZÆØÅ])")
_SENT_END = re.compile(r"[.!?](?=[\s\"”)]*(?:\s|$))")
_MONTHS_CAP = re.compile(r"^(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)", re.IGNORECASE)


def sentence_spans(text: str, start: int = 0, end: int | None = None, *,
                   reading: Reading = "plain",
                   stands_alone: Callable[[str], bool] | None = None) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` as (start, end) offsets into ``text``.

    Args:
        text: the document text.
        start: where to begin.
        end: where to stop (None: the end of the text).
        reading: ``"plain"`` (lines end sentences) or ``"minutes"`` (hard-wrapped lines
            joined; see the module docs).
        stands_alone: in the minutes reading, whether a line is a heading that is never joined
            to the lines around it ("Beslutning", "Punkt 7: Trafik"); None: no line is.

    Returns:
        (start, end) of each sentence, in text order. Minutes-reading spans are trimmed of
        surrounding whitespace; plain-reading spans of leading whitespace only.
    """
    if reading == "plain":
        return _plain_spans(text, start, end)
    if start == 0 and end is None:
        return _minutes_spans(text, stands_alone)
    # The minutes reading looks at whole lines and blocks, so it reads the slice as a text.
    return [(start + a, start + b)
            for a, b in _minutes_spans(text[start:end], stands_alone)]


def _plain_spans(text: str, start: int, end: int | None) -> list[tuple[int, int]]:
    """The plain reading: a sentence ends at . ! ? before a capital or a digit, or at a line
    end, but not after a capital initial or an abbreviation ("jf.", "vs.", "bl.a.")."""
    end = len(text) if end is None else end
    out, pos = [], start
    for m in _BOUNDARY.finditer(text, start, end):
        if m.group() != "\n":
            word = re.search(r"([\w.]+)$", text[pos:m.start()])
            w = word.group(1) if word else ""
            if len(w) == 1 and w.isupper() or w.lower() in PLAIN_ABBREVIATIONS:
                continue
        stop = m.end() if m.group() != "\n" else m.start()
        if text[pos:stop].strip():
            lead = len(text[pos:stop]) - len(text[pos:stop].lstrip())
            out.append((pos + lead, stop))
        pos = m.end()
    if text[pos:end].strip():
        lead = len(text[pos:end]) - len(text[pos:end].lstrip())
        out.append((pos + lead, end))
    return out


def _minutes_spans(text: str, stands_alone: Callable[[str], bool] | None
                   ) -> list[tuple[int, int]]:
    """The minutes reading of a whole text.

    Lines are sentences' edges in typed minutes; in transcribed minute books, whose lines are
    hard-wrapped, lines of one block are joined. A label such as "Beslutning:" ends a sentence,
    and so does a period that is not part of an abbreviation, an initial or a date.
    """
    spans: list[tuple[int, int]] = []
    for seg_start, seg_end in _segments(text, stands_alone or _never):
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
                # "paa 60 Kr. Formanden fik ...": the currency after an amount ends a sentence
                # before a capital ("Kr. 60" and "Kr. 60 Øre" run on)
                amount_end = word == "kr" and following[:1].isalpha() and re.search(
                    r"\d[\d.,]*\s*kr\.$", seg[:end], re.IGNORECASE) is not None
                # ("S. Aa. Krog": "Aa", the old spelling of the initial Å)
                if (word in ABBREVIATIONS or len(word) == 1 or word == "aa" or re.fullmatch(
                        r"[a-zæøå]\.[a-zæøå.]*", word)) and not amount_end:
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


def _never(line: str) -> bool:
    return False


# Prepositions and conjunctions: no sentence ends on them, so a line that does is wrapped.
_ENDS_ON_LINK = re.compile(r"\b(?:for|til|af|i|med|og|at|om|på|paa|ved|under|efter|fra|over|inden|"
                           r"samt|eller|den|det|de|en|et)$")


# An item's number opening a line; not a date's day ("inden" / "1. november.").
_ITEM_NUMBER = re.compile(r"\d{1,3}[.)]\s(?!\s*(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)"
                          r"[a-zæøå]*\b)", re.IGNORECASE)
# A sentence's end and the next sentence's start inside a line: running prose, no heading.
_PROSE = re.compile(r"[a-zæøå]{2}[.!?] +[A-ZÆØÅ][a-zæøå]+ [a-zæøå]")


def _is_wrapped_block(lines: list[str]) -> bool:
    """Whether a block's line breaks are hard wraps inside sentences (transcribed books)."""
    filled = [ln for ln in lines if ln.strip()]
    if len(filled) == 2:
        # "Overlades Udvalget for" / "Udvidelse og Bebyggelse.": a line broken after a word no
        # sentence ends on, the sentence ending on the next; or a line of running prose (a
        # sentence ended inside it) broken without a stop ("2. Brændsel. Kassereren vil
        # indhente Tilbud paa 10 Favne" / "Bøgebrænde og forelægge dem ved næste Møde.")
        first = filled[0].rstrip()
        return bool((_ENDS_ON_LINK.search(first) or len(first) >= 40
                     and _PROSE.search(first) and not re.search(r"[.!?:;]\W*$", first))
                    and re.search(r"[.!?]\W*$", filled[1].rstrip()))
    if len(filled) < 3:
        return False
    open_ended = sum(1 for ln in filled if not re.search(r"[.!?:;]\W*$", ln.rstrip()))
    if open_ended / len(filled) >= 0.5:
        return True
    # Lines filled to one width, whatever their ends: a typist's wrap ("... i begge" /
    # "Kommuner i Forening antager ...").
    widths = [len(ln.rstrip()) for ln in filled[:-1]]
    widest = max(widths)
    return 50 <= widest <= 90 and sum(w >= widest - 12 for w in widths) >= 0.75 * len(widths)


def _segments(text: str, stands_alone: Callable[[str], bool]) -> list[tuple[int, int]]:
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
                    # a line that ends on a preposition, conjunction or article is wrapped
                    # inside a sentence even in a block of whole-line sentences
                    join = wrapped or _ENDS_ON_LINK.search(stripped) is not None
                elif wrapped and last_word and (last_word.group(1).lower() in ABBREVIATIONS
                                                or re.fullmatch(r"[A-ZÆØÅ]", last_word.group(1))):
                    join = True  # "Gdr." / "Jensen", "H." / "Harmsen": a wrapped name
                if nxt_s and AD_ITEM.match(nxt_s) or _ITEM_NUMBER.match(nxt_s or ""):
                    join = False
                if stands_alone(line) or stands_alone(nxt):
                    join = False  # "Resume", "Beslutning", "Punkt 7: Trafik" stand alone
            if not join:
                out.append((seg_start, line_end))
                seg_start = line_end + 1
            pos = line_end + 1
    return out
