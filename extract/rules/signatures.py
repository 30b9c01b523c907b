"""Names in old minute books: signature lines, lists of who was there and who was not.

Signatures are hand-written names read by OCR, often glued ("ValdButtenschøn", "JPJensen"), one
or several to a line; :func:`person_key` is the key under which the spellings of one signatory
agree. Used by :mod:`extract.rules.minute_books`.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .dates import MONTHS_AS_NAMES
from .sentences import ABBREVIATIONS

_GLUED_NAME = re.compile(r"^(?:[A-ZÆØÅ]\.?){1,3}[A-ZÆØÅ][a-zæøåöü]+\.?$"  # JPJensen, P.Sørensen
                         r"|^[A-ZÆØÅ][a-zæøåöü]+[A-ZÆØÅ][a-zæøåöü]{2,}\.?$")  # ValdButtenschøn
_INITIALS = re.compile(r"^(?:[A-ZÆØÅ]\.?){1,3}$")
_NAME_WORD = re.compile(r"^[A-ZÆØÅ][a-zæøåöüé]+(?:-[A-ZÆØÅ][a-zæøåöüé]+)?\.?$")
# Capitalised words in old minutes that are never part of a signature.
_NOT_NAMES = {
    "Mødet", "Møde", "Sogneraad", "Sogneraadet", "Sogneraads", "Til", "Efterretning", "Kr",
    "Bevilges", "Bevilget", "Udsættes", "Valgt", "Valgtes", "Formand", "Formanden", "Kasserer",
    "Kassereren", "Medlemmer", "Alle", "Der", "Det", "Den", "De", "Og", "Af", "Fra", "Som", "Aar",
    "Aaret", "Dato", "Tilstede", "Hele", "Hævet", "Sagen", "Udvalg", "Udvalget", "Skolen",
    "Kommunen", "Kommune", "Amtet", "Amtsraadet", "Meddelelse", "Skrivelse", "Andragende",
    "Ansøgning", "Forslag", "Punkt", "Pkt", "Ad", "Nr", "Matr", "Øre", "Aarhus", "Mundelstrup",
    "Vejudvalget", "Skolekommissionen", "Brandfoged", "Snefoged", "Sognefoged", "Lærer",
    "Gdr", "Pastor", "Frk", "Fru", "Hr", "Enke", "Husmand", "Mejeribestyrer", "Smed", "Købmd",
    "Januar", "Februar", "Marts", "April", "Maj", "Juni", "Juli", "August", "September",
    "Oktober", "November", "December", "Jan", "Febr", "Aug", "Sept", "Okt", "Novb", "Dec",
    "Godkendt", "Vedtaget", "Anbefales", "Ingen", "Intet", "Ja", "Nej", "Referent", "Protokol",
} - MONTHS_AS_NAMES  # "Jan Jensen" may sign: a date line has digits, a signature line none
# Abbreviated first names: each starts a name ("Chr. Jensen"), none ends one.
NAME_ABBREVIATIONS = {"Chr", "Johs", "Joh", "Vald", "Alb", "Alfr", "Alf", "Rich", "Rs", "Th",
                      "Ingv", "Jh",
                      "Fr", "Jac", "Kr", "Mads", "Ths", "Wm", "Aug", "Edv", "Hj", "Fdr", "Ebbe"}


# Two or three name words ending in a patronymic surname ("Hais Laursen", "N. Chr. Pedersen").
_PATRONYMIC_NAME = re.compile(r"^(?:[A-ZÆØÅ][a-zæøåöüé]*\.?\s+){1,2}[A-ZÆØÅ][a-zæøå]+s[eø]n$")
# A first name shortened with a full stop ("Reinh.", "Aug.", "Chr."): it starts a name; on a
# signature line (which has no digits) "Aug." is no month.
_SHORTENED = re.compile(r"^[A-ZÆØÅ][a-zæøå]{1,5}\.$")


# What a signature line may carry besides the names: an occupation or office before a name
# ("Gdr. Hans Ravn", "Lærer J. Holt", "Formand Hans Ravn"), "Sign.", and one word after a comma
# at the line's end (his village or office: "Hans Ravn, Kolt", "Jens Holt, Formand").
_SIGNATURE_TITLE = re.compile(
    r"(?<![\w.])(?:sign|gdr|grd|gaardejer|gårdejer|hmd|husmand|boelsmand|parcellist|lærer|"
    r"overlærer|førstelærer|kommunelærer|skolelærer|smed|købmd|købmand|pastor|sognepræst|"
    r"proprietær|propr|mejeribestyrer|vognmand|tømrer|murer|snedker|gartner|møller|bager|"
    r"landmand|forpagter|fhv|formand|fmd|næstformand|kasserer|sekretær|sognefoged|fru|frk|"
    r"frøken)\.?"
    r"(?=\s+[A-ZÆØÅ])", re.IGNORECASE)
# An occupation after the name ("Hans Ravn Gdr.", "Jens Holt Lærer"): only words that are no
# surnames too (not Møller, Smed, Bager).
_TITLE_AFTER = re.compile(r"(?<=[a-zæøå.])[ \t]+(?:gdr|grd|gaardejer|gårdejer|hmd|husmand|"
                          r"boelsmand|parcellist|lærer|overlærer|førstelærer|proprietær|propr|"
                          r"købmd|pastor|sognepræst)\.?[ \t]*$", re.IGNORECASE)
# Marks around a name: "f." (for) before it, a rule of dots or underscores after or around it.
_MARKS = re.compile(r"^[ \t]*f\.(?=[ \t]+[A-ZÆØÅ])|[._]{2,}|(?<![\w.])_|_(?![\w])")
_SIGNATURE_TAIL = re.compile(r",[ \t]*[A-ZÆØÅ][a-zæøå]+\.?[ \t]*$")
_BRACKETED = re.compile(r"\([^()\n]{1,30}\)")
# An office written after the name: "Jens Holt Næstformand".
_OFFICE_AFTER = re.compile(r"(?<=[a-zæøå.])[ \t]+(?:sogneraads)?(?:formand|fmd|næstformand|"
                           r"kasserer|sekretær|sognefoged)\.?[ \t]*$", re.IGNORECASE)
# A line of an office alone in a signature block ("Formand", under or over the name).
OFFICE_LINE = re.compile(r"^\W*(?:sogneraads)?(?:formand|fmd|næstformand|kasserer|sekretær|"
                         r"sognefoged|revisor|revisorer)\W*$", re.IGNORECASE)


def signature_text(line: str) -> str:
    """``line`` with the occupations and offices (before or after a name), "Sign.", "f.", a
    word in brackets ("(Formand)", "(sign.)"), rules of dots or underscores and a trailing ",
    Kolt" blanked out, semicolons and slashes between names read as commas, and a line in
    capitals read in title case ("HANS RAVN"), offsets kept: what :func:`split_names` should
    read on a signature line."""
    blank = lambda m: " " * len(m.group())  # noqa: E731
    line = re.sub(r"(?<=\s)[-–/](?=\s)", " ", line)  # "Hans Ravn - Jens Holt", "... / ..."
    line = line.replace(";", ",")  # "Hans Ravn; Jens Holt": a comma between names
    line = _MARKS.sub(blank, _BRACKETED.sub(blank, line))
    if line.isupper() and len(line.title()) == len(line):
        line = line.title()
    for pattern in (_SIGNATURE_TITLE, _TITLE_AFTER, _OFFICE_AFTER, _SIGNATURE_TAIL):
        line = pattern.sub(blank, line)
    return line


def plain_name(line: str) -> tuple[int, int] | None:
    """The range of a line of one to three capitalised words that no name list knows
    ("Laursen", "Herløv Harmsen"): a signature only in a block of other signatures."""
    m = re.fullmatch(r"\s*((?:[A-ZÆØÅ][a-zæøåöü]{2,}(?:-[A-ZÆØÅ][a-zæøåöü]+)?[ \t]?){1,3})\s*",
                     line)
    if m is None or any(w in _NOT_NAMES for w in m.group(1).split()):
        return None
    return m.start(1), m.start(1) + len(m.group(1).rstrip())


def person_key(name: str) -> str:
    """A key under which spellings of one signatory agree: first initial + surname, folded.

    "Alfr. Andersen", "Alf. Andersen" -> "a andersen"; "ValdButtenschøn" -> "v buttenschøn";
    "S. P. Mathiesen", "Søren P. Mathiesen" -> "s mathiesen".
    """
    words = _name_words(name)
    if not words:
        return ""
    return f"{words[0][0]} {words[-1]}".casefold() if len(words) > 1 else words[0].casefold()


def _name_words(name: str) -> list[str]:
    """The words of a name, glued signatures split ("JPJensen" -> J, P, Jensen)."""
    spaced = re.sub(r"(?<=[a-zæøåöü.])(?=[A-ZÆØÅ])|(?<=[A-ZÆØÅ])(?=[A-ZÆØÅ][a-zæøå])", " ", name)
    return [w for w in re.split(r"[\s.]+", spaced) if w]


def _initials_and_surname(name: str) -> tuple[str, str]:
    """("sp", "sørensen") for "S. P. Sørensen", "S.P.Sørensen" or "Søren P. Sørensen"."""
    words = _name_words(name)
    if not words:
        return "", ""
    return "".join(w[0] for w in words[:-1]).casefold(), words[-1].casefold()


def one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter inserted, dropped or changed."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    for k, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return a[k:] == b[k + 1:] or a[k + 1:] == b[k + 1:]
    return True


def is_subsequence(short: str, long: str) -> bool:
    """Whether the letters of ``short`` stand in ``long`` in the same order."""
    it = iter(long)
    return all(ch in it for ch in short)


def member_keys(names: list[str], uses: dict[str, int] | None = None,
                apart: Collection[frozenset[str]] = ()) -> dict[str, str]:
    """Each spelling of one book -> its member's key. Spellings with one surname are one member
    when the initials of one are among the other's in order ("P. Sørensen" and "S. P.
    Sørensen"; "Jensen" alone with "J. P. Jensen"), and only one member fits. ``uses``: how
    often the book writes each spelling (default once each); ``apart``: pairs of spellings
    that stand at one meeting, so are two members ("J. P. Jensen" and "Jan Jensen")."""
    uses = uses or {}
    parts = {n: _initials_and_surname(n) for n in names}
    # With the same initials, a surname one letter off is a slip of the spelling the book uses
    # at least twice as often ("Alex Pedersen" once, "Alex Petersen" three times), whatever
    # other members are called.
    for name, (initials, surname) in list(parts.items()):
        twins = [other for other, (i, sur) in parts.items() if i == initials and len(sur) >= 5
                 and one_edit(sur, surname) and uses.get(other, 1) >= 2 * uses.get(name, 1)]
        if initials and twins:
            parts[name] = parts[max(twins, key=lambda other: uses.get(other, 1))]
    # A surname misspelt by one letter ("Rasmusen", "Matiesen") is the more common spelling's.
    counts: dict[str, int] = {}
    for _initials, surname in parts.values():
        counts[surname] = counts.get(surname, 0) + 1
    canonical = {s: max((t for t in counts if len(s) >= 5 and one_edit(s, t)),
                        key=lambda t: (counts[t], t), default=s) for s in counts}
    canonical = {s: t if counts[t] > counts[s] else s for s, t in canonical.items()}
    parts = {n: (i, canonical[sur]) for n, (i, sur) in parts.items()}
    keys: dict[str, str] = {}
    by_surname: dict[str, list[str]] = {}
    for name, (_initials, surname) in parts.items():
        by_surname.setdefault(surname, []).append(name)
    for surname, spellings in by_surname.items():
        # the fullest initials first: each shorter spelling joins the one member it fits
        spellings.sort(key=lambda n: -len(parts[n][0]))
        members: dict[str, set[str]] = {}  # a member's first spelling -> all joined to it
        for name in spellings:
            fits = [m for m, joined in members.items()
                    if is_subsequence(parts[name][0], parts[m][0])
                    and not any(frozenset((name, other)) in apart for other in joined)]
            if len(fits) == 1:
                keys[name] = keys[fits[0]]
                members[fits[0]].add(name)
            else:
                key = f"{parts[name][0]} {surname}"
                # a member of his own whose initials another's already key ("J. Jensen",
                # fitting both "J. P. Jensen" and "Jan Jensen") keys by his spelling
                keys[name] = key if key not in keys.values() else f"{key} ({name})"
                members[name] = {name}
    return keys


def same_member(a: str, b: str) -> bool:
    """Whether two spellings may name one member although their keys differ: the same surname,
    and the initials of one among the other's ("P.Sørensen" and "S. P. Sørensen", "Carl Fisker"
    and "K. Fisker"), or one written with the surname alone ("Laursen" and "Hais Laursen")."""
    words_a, words_b = _name_words(a), _name_words(b)
    if not words_a or not words_b or words_a[-1].casefold() != words_b[-1].casefold():
        return False
    # C and K begin one name in its two spellings ("Carl" / "Karl", "Chr." / "Kr.")
    initials_a = {w[0].casefold().replace("c", "k") for w in words_a[:-1]}
    initials_b = {w[0].casefold().replace("c", "k") for w in words_b[:-1]}
    return initials_a <= initials_b or initials_b <= initials_a


def split_names(line: str, first_names: set[str] | frozenset[str]) -> list[tuple[int, int]] | None:
    """Char ranges of the names on a signature line, or None if the line is not only names.

    Names are split where a new one starts: an initial, a known or abbreviated first name, or a
    glued signature ("ValdButtenschøn") after a name that already has a surname; runs of two or
    more spaces and commas also separate names.
    """
    tokens = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\s,]+", line)]
    if not tokens or len(tokens) > 14 or re.search(r"\d", line):
        return None
    for _, _, tok in tokens:
        bare = tok.rstrip(".")
        if tok.lower() == "og":
            continue
        if bare in _NOT_NAMES and not _SHORTENED.match(tok) or not (
                _INITIALS.match(tok) or _NAME_WORD.match(tok) or _GLUED_NAME.match(tok)):
            return None

    def starts_name(tok: str) -> bool:
        bare = tok.rstrip(".")
        return bool(_INITIALS.match(tok) or bare in first_names or bare in NAME_ABBREVIATIONS
                    or _GLUED_NAME.match(tok) or _SHORTENED.match(tok))

    names: list[list[tuple[int, int, str]]] = []
    for k, tok in enumerate(tokens):
        text = tok[2]
        if text.lower() == "og":
            names.append([])
            continue
        current = names[-1] if names else []
        gap = line[current[-1][1]:tok[0]] if current else ""
        surname_done = len(current) >= 2 and not _INITIALS.match(current[-1][2]) and (
            current[-1][2].rstrip(".") not in first_names or len(current) >= 3)
        if not current or "  " in gap or "," in gap or _GLUED_NAME.match(text) \
                or len(current) == 1 and _GLUED_NAME.match(current[0][2]) \
                or surname_done and starts_name(text) and (
                    k + 1 < len(tokens) or _INITIALS.match(text) is None):
            names.append([tok])
        else:
            current.append(tok)
    out = []
    found = [n for n in names if n]
    # signatures in columns ("Jensen            K. Møller"): a surname alone beside a name
    columns = len(found) >= 2 and re.search(r"\S {3,}\S", line) is not None
    for name in found:
        column_surname = len(name) == 1 and columns and bool(_NAME_WORD.match(name[0][2])) \
            and name[0][2].rstrip(".") not in _NOT_NAMES and any(len(n) > 1 for n in found)
        if len(name) == 1 and not _GLUED_NAME.match(name[0][2]) and not column_surname:
            return None  # a lone word ("Pedersen", "Formand") is no signature
        if not starts_name(name[0][2]) and not _GLUED_NAME.match(name[0][2]) \
                and not column_surname:
            return None
        end = name[-1][1]
        if name[-1][2].endswith(".") and not _INITIALS.match(name[-1][2]):
            end -= 1  # "OSpliid." / "Niels Sørensen.": the full stop closes the line
        out.append((name[0][0], end))
    return out or None


def names_in_phrase(text: str, offset: int, first_names: set[str] | frozenset[str]
                    ) -> list[tuple[int, int]]:
    """Names in "Alf. Andersen, M. Nielsen og Axel Nielsen." (a list after Tilstede var:)."""
    out = []
    # the list ends with its sentence, not at a title or an initial ending a line ("Gdr." /
    # "Laurids Kragh")
    stop = next((m for m in re.finditer(r"(\w+)\.[ \t]*\n", text)
                 if len(m.group(1)) > 1 and m.group(1).lower() not in ABBREVIATIONS
                 and m.group(1) not in NAME_ABBREVIATIONS), None)
    text = text[:stop.end(1) + 1] if stop else text
    text = text.replace("\n", " ")  # a list may run over a line break; offsets stay the same
    # an occupation before a name is not his ("Afbud fra Gdr. Laurids Kragh"); after one, a
    # surname alone is a name ("Afbud fra Lærer Bøgh")
    titled = [m.end() for m in _SIGNATURE_TITLE.finditer(text)]
    text = _SIGNATURE_TITLE.sub(lambda m: " " * len(m.group()), text)
    for m in re.finditer(r"[^,]+", text):
        part = m.group()
        for piece in re.split(r"\s+og\s+", part):
            piece_start = m.start() + part.find(piece)
            clean_piece = re.split(r"\s+(?=[a-zæøå])(?!og\b)", piece.strip())[0].strip(".;:")
            words = clean_piece.split()
            cut = next((k for k, w in enumerate(words) if w.rstrip(".") in _NOT_NAMES
                        and not (_SHORTENED.match(w) and k + 1 < len(words))), len(words))
            clean_piece = " ".join(words[:cut]).strip(".;:")
            if not clean_piece:
                continue
            lead = piece_start + piece.find(clean_piece)
            found = split_names(clean_piece, first_names)
            if not found:
                # "Rasmussen Thomasminde Ejner Sørensen J P Jensen": a run whose head no list
                # knows; the names from the first that starts like one are still read.
                lead, found = _known_tail(clean_piece, lead, first_names)
            if not found and _PATRONYMIC_NAME.match(clean_piece) and not any(
                    w.rstrip(".") in _NOT_NAMES for w in clean_piece.split()):
                # "Hais Laursen": a first name no list knows, before a -sen surname.
                found = [(0, len(clean_piece))]
            if not found and _SURNAME.fullmatch(clean_piece) and any(
                    not text[t:lead].strip() for t in titled if t <= lead):
                found = [(0, len(clean_piece))]
            if found:
                out += [(offset + lead + s, offset + lead + e) for s, e in found]
    return out


_SURNAME = re.compile(r"[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?")


def _known_tail(piece: str, lead: int, first_names: set[str] | frozenset[str]
                ) -> tuple[int, list[tuple[int, int]] | None]:
    """The names of ``piece`` from its first later word that starts a name, and where that is."""
    for m in list(re.finditer(r"\S+", piece))[1:]:
        word = m.group()
        if word.rstrip(".") in first_names or _INITIALS.match(word):
            found = split_names(piece[m.start():], first_names)
            if found:
                return lead + m.start(), found
    return lead, None
