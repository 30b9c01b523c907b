"""Readers of other tools' gold formats.

Each reader returns :class:`~extract.evaluation.gold.GoldDoc` records;
:func:`extract.evaluation.reading.read_gold` picks the reader by a file's name and content.

- ``doccano``: JSONL, one document a line: ``text`` (or ``data``) with ``label``
  ``[[start, end, label]]`` or ``entities`` ``[{start_offset, end_offset, label}]`` (the
  doccano sequence-labelling exports).
- ``labelstudio``: the Label Studio JSON export (a list of tasks: ``data.text`` and
  ``annotations[].result[].value`` ``{start, end, labels}``) or its JSON-MIN export
  (``text``, ``label``).
- ``conllu``: CoNLL-U with BIO tags in the MISC column (``NER=``, DaNE's ``name=`` or
  ``Entity=``); the raw text from ``# text``.
- ``iob2``: token-per-line column files with a BIO / BIOES tag column (UNER ``.iob2``, DaNE
  ``.tsv``, CoNLL-2003); ``# text`` comments give the raw text.
- ``tokens``: JSONL with ``tokens`` and string ``ner_tags`` and optionally the raw ``doc`` /
  ``text`` (Hugging Face datasets, ScandEval's DaNE).
- ``docbin``: a spaCy ``DocBin`` (``.spacy``), entities from ``doc.ents`` (or
  ``doc.spans[key]``), as ``spacy convert`` and annotation tools write it.

Token-level formats keep each token's character offsets (:attr:`GoldDoc.token_offsets`), so a
pipeline can be scored on the raw text (its own tokenisation) or on the gold tokens. When the
raw text is known (``# text``, ``doc``) the tokens are aligned to it; otherwise the text is the
tokens joined by single spaces (or as ``SpaceAfter=No`` says).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..errors import GoldFormatError
from .bio import bio_spans
from .gold import GoldDoc, GoldSpan, read_json_lines

_TAG = re.compile(r"^(O|[BIESL]-\S+|U-\S+)$")
_MISC_NER_KEYS = ("NER", "name", "Entity", "ner")


# --------------------------------------------------------------------------------------------
# shared helpers
# --------------------------------------------------------------------------------------------


def align_tokens(text: str, tokens: Sequence[str], *, where: str = "") -> list[tuple[int, int]]:
    """Character offsets of each token in ``text``, in order (whitespace between is skipped).

    Raises:
        GoldFormatError: a token is not found where the text continues.
    """
    offsets = []
    pos = 0
    for token in tokens:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if text.startswith(token, pos):
            start = pos
        else:
            # Tolerate small differences (a dropped character, normalised quotes) by looking a
            # little ahead; anything else means the text does not belong to these tokens.
            start = text.find(token, pos, pos + len(token) + 10)
            if start < 0:
                raise GoldFormatError(f"{where}: token {token!r} not found in the raw text at "
                                      f"offset {pos} ({text[pos:pos + 30]!r}); pass the "
                                      "matching text or drop the '# text' comment")
        offsets.append((start, start + len(token)))
        pos = start + len(token)
    return offsets


def join_tokens(tokens: Sequence[str], spaces: Sequence[bool] | None = None
                ) -> tuple[str, list[tuple[int, int]]]:
    """The text of tokens joined by single spaces (or as ``spaces`` says), with token offsets."""
    parts, offsets, pos = [], [], 0
    for i, token in enumerate(tokens):
        offsets.append((pos, pos + len(token)))
        parts.append(token)
        pos += len(token)
        if (spaces[i] if spaces is not None else True) and i + 1 < len(tokens):
            parts.append(" ")
            pos += 1
    return "".join(parts), offsets


def _token_doc(doc_id: str, source: str, tokens: Sequence[str], tags: Sequence[str], *,
               text: str | None = None, spaces: Sequence[bool] | None = None) -> GoldDoc:
    if text is not None:
        offsets = align_tokens(text, tokens, where=f"{source} {doc_id}")
    else:
        text, offsets = join_tokens(tokens, spaces)
    spans = [GoldSpan(offsets[a][0], offsets[b - 1][1], label)
             for a, b, label in bio_spans(tags)]
    return GoldDoc(doc_id, text, source, spans, token_offsets=offsets)


def _merge(docs: list[GoldDoc], doc_id: str, source: str) -> GoldDoc:
    """One document of several sentences, joined by newlines."""
    text_parts, spans, offsets, shift = [], [], [], 0
    for d in docs:
        text_parts.append(d.text)
        spans += [GoldSpan(s.start + shift, s.end + shift, s.label, s.norm) for s in d.spans]
        offsets += [(a + shift, b + shift) for a, b in d.token_offsets or []]
        shift += len(d.text) + 1
    return GoldDoc(doc_id, "\n".join(text_parts), source, spans, token_offsets=offsets)


def _checked_span(path: Path, doc_id: str, text: str, start: Any, end: Any, label: Any
                  ) -> GoldSpan:
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        raise GoldFormatError(f"{path}: document {doc_id}: span [{start}, {end}] ({label}) "
                              f"outside its text of {len(text)} characters")
    return GoldSpan(start, end, str(label))


# --------------------------------------------------------------------------------------------
# character-offset formats
# --------------------------------------------------------------------------------------------


def read_doccano(path: str | Path) -> list[GoldDoc]:
    """A doccano sequence-labelling export (JSONL).

    Each line holds ``text`` (older versions: ``data``) and either ``label`` (or ``labels``):
    ``[[start, end, "LABEL"], ...]``, or ``entities``: ``[{"start_offset", "end_offset",
    "label"}, ...]`` (the export with relations).
    """
    path = Path(path)
    docs = []
    for n, record in read_json_lines(path):
        text = record.get("text", record.get("data"))
        if not isinstance(text, str):
            raise GoldFormatError(f"{path}:{n}: a doccano line needs the document in 'text'")
        doc_id = str(record.get("id", f"{path.stem}-{n}"))
        spans = []
        for item in record.get("label", record.get("labels", [])) or []:
            if not (isinstance(item, list | tuple) and len(item) == 3):
                raise GoldFormatError(f"{path}:{n}: label {item!r} is not [start, end, label]")
            spans.append(_checked_span(path, doc_id, text, *item))
        for ent in record.get("entities", []) or []:
            spans.append(_checked_span(path, doc_id, text, ent.get("start_offset"),
                                       ent.get("end_offset"), ent.get("label")))
        docs.append(GoldDoc(doc_id, text, str(path), sorted(spans, key=_span_key)))
    return docs


def _span_key(s: GoldSpan) -> tuple[int, int, str]:
    return s.start, s.end, s.label


def read_labelstudio(path: str | Path, *, text_key: str | None = None,
                     annotation: int = 0) -> list[GoldDoc]:
    """A Label Studio export: the JSON list of tasks, or the JSON-MIN list.

    Args:
        path: the ``.json`` export.
        text_key: the ``data`` field holding the text (default: ``text``, else the only string
            field).
        annotation: which of a task's (not cancelled) annotations to read; 0 = the first.
    """
    path = Path(path)
    try:
        tasks = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise GoldFormatError(f"{path}: not JSON ({exc})") from exc
    if isinstance(tasks, dict):
        tasks = [tasks]
    if not isinstance(tasks, list):
        raise GoldFormatError(f"{path}: a Label Studio export is a JSON list of tasks")
    docs = []
    for n, task in enumerate(tasks):
        doc_id = str(task.get("id", f"{path.stem}-{n}"))
        if "data" in task:  # full JSON export
            data = task["data"]
            key = text_key or ("text" if "text" in data else None)
            if key is None:
                strings = [k for k, v in data.items() if isinstance(v, str)]
                if len(strings) != 1:
                    raise GoldFormatError(f"{path}: task {doc_id}: cannot tell which data field "
                                          f"holds the text ({strings}); pass text_key")
                key = strings[0]
            text = data[key]
            done = [a for a in task.get("annotations", task.get("completions", []))
                    if not a.get("was_cancelled")]
            if not done:
                continue  # an unannotated task is not gold
            if annotation >= len(done):
                raise GoldFormatError(f"{path}: task {doc_id} has {len(done)} annotation(s), "
                                      f"annotation={annotation} asked")
            results = [r.get("value", {}) for r in done[annotation].get("result", [])
                       if r.get("type", "labels") == "labels"]
        else:  # JSON-MIN: the text and a list of {start, end, labels}
            text = task.get(text_key or "text")
            results = task.get("label", []) or []
        if not isinstance(text, str):
            raise GoldFormatError(f"{path}: task {doc_id} has no text")
        spans = []
        for value in results:
            for label in value.get("labels", []):
                spans.append(_checked_span(path, doc_id, text, value.get("start"),
                                           value.get("end"), label))
        docs.append(GoldDoc(doc_id, text, str(path), sorted(spans, key=_span_key)))
    return docs


# --------------------------------------------------------------------------------------------
# token formats
# --------------------------------------------------------------------------------------------


def _blocks(path: Path) -> Iterable[tuple[list[str], list[list[str]]]]:
    """Sentences of a column file: (comment lines, rows of columns)."""
    comments: list[str] = []
    rows: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if rows or comments:
                yield comments, rows
            comments, rows = [], []
        elif line.startswith("#") and not rows and not _looks_like_token_row(line):
            comments.append(line)
        else:
            rows.append(line.split("\t") if "\t" in line else line.split())
    if rows or comments:
        yield comments, rows


def _looks_like_token_row(line: str) -> bool:
    # A '#' token in a file without comments ("#\tO") is a row, not a comment.
    return "\t" in line and not line.startswith("# ")


def _comment(comments: list[str], key: str) -> str | None:
    for c in comments:
        m = re.match(rf"#\s*{key}\s*=\s?(.*)$", c)
        if m:
            return m.group(1)
    return None


def read_conllu(path: str | Path, *, ner_key: str | None = None,
                use_text: bool = True) -> list[GoldDoc]:
    """CoNLL-U with BIO entity tags in the MISC column (``NER=B-PER``, DaNE's ``name=B-PER``).

    Each sentence is a document unless ``# newdoc`` comments group sentences into documents.

    Args:
        path: the ``.conllu`` file.
        ner_key: the MISC key holding the tag (default: the first of NER, name, Entity found).
        use_text: align the tokens to ``# text`` (else join them as ``SpaceAfter=No`` says).

    Raises:
        GoldFormatError: no MISC field carries entity tags.
    """
    path = Path(path)
    keys = (ner_key,) if ner_key else _MISC_NER_KEYS
    groups: list[tuple[str | None, list[GoldDoc]]] = []
    found_key = False
    for i, (comments, rows) in enumerate(_blocks(path)):
        if not rows:
            continue
        newdoc = _comment(comments, "newdoc id")
        if newdoc is not None or any(c.startswith("# newdoc") for c in comments) or not groups:
            groups.append((newdoc, []))
        tokens, tags, spaces = [], [], []
        skip_until = 0
        for row in rows:
            if len(row) < 10:
                raise GoldFormatError(f"{path}: sentence {i + 1}: CoNLL-U rows have 10 columns, "
                                      f"found {len(row)}: {row}")
            tid = row[0]
            if "." in tid:
                continue  # empty node
            misc = dict(item.split("=", 1) for item in row[9].split("|") if "=" in item)
            if "-" in tid:  # multiword token: its surface form carries the text
                a, b = (int(x) for x in tid.split("-"))
                skip_until = b
                tokens.append(row[1])
                spaces.append(misc.get("SpaceAfter") != "No")
                tags.append(None)
                continue
            tag = next((misc[k] for k in keys if k in misc), None)
            if int(tid) <= skip_until:
                if tags[-1] is None:
                    tags[-1] = tag or "O"
                continue
            found_key |= tag is not None
            tokens.append(row[1])
            tags.append(tag or "O")
            spaces.append(misc.get("SpaceAfter") != "No")
        tags = [t or "O" for t in tags]
        sent_id = _comment(comments, "sent_id") or f"{path.stem}-{i}"
        text = _comment(comments, "text") if use_text else None
        groups[-1][1].append(_token_doc(sent_id, str(path), tokens, tags, text=text,
                                        spaces=spaces))
    if not found_key:
        raise GoldFormatError(f"{path}: no entity tags in the MISC column (looked for "
                              f"{', '.join(k + '=' for k in keys)}); this CoNLL-U has no NER "
                              "annotation, or pass ner_key")
    return _grouped(groups, path)


def _grouped(groups: list[tuple[str | None, list[GoldDoc]]], path: Path) -> list[GoldDoc]:
    if len(groups) == 1 and groups[0][0] is None:
        return groups[0][1]  # no document markers: each sentence is a document
    return [_merge(sents, doc_id or f"{path.stem}-doc{k}", str(path))
            for k, (doc_id, sents) in enumerate(groups) if sents]


def read_iob2(path: str | Path, *, tag_column: int | None = None,
              token_column: int | None = None, use_text: bool = True) -> list[GoldDoc]:
    """A token-per-line column file with BIO (IOB2, IOB1, BIOES) tags.

    The token column is the first column (the second when the first holds token numbers); the
    tag column is the last other column whose every value is a tag (``O``, ``B-PER``, ...),
    which finds the UNER column in UNER files, the NER column in DaNE ``.tsv`` files and the
    entity column (not the chunk column) in CoNLL-2003 files.
    ``-DOCSTART-`` lines or ``# newdoc`` comments group sentences into documents.

    Args:
        path: the file.
        tag_column: 0-based column of the tags (default: detected).
        token_column: 0-based column of the tokens (default: detected).
        use_text: align the tokens to ``# text`` comments when present.
    """
    path = Path(path)
    blocks = [(c, r) for c, r in _blocks(path) if r or any("newdoc" in x for x in c)]
    sample = [row for _, rows in blocks for row in rows if not _is_docstart(row)]
    if not sample:
        raise GoldFormatError(f"{path}: no token rows found")
    width = min(len(r) for r in sample)
    if token_column is None:
        token_column = 1 if width > 1 and all(r[0].isdigit() for r in sample) else 0
    if tag_column is None:
        # The last all-tag column: CoNLL-2003 has chunk tags (B-NP) before the entity tags.
        for col in reversed(range(width)):
            if col != token_column and all(_TAG.match(r[col]) for r in sample):
                tag_column = col
                break
        else:
            raise GoldFormatError(f"{path}: no column holds only BIO tags (O, B-X, I-X); "
                                  "pass tag_column")
    groups: list[tuple[str | None, list[GoldDoc]]] = []
    for i, (comments, rows) in enumerate(blocks):
        newdoc = any(c.startswith("# newdoc") for c in comments)
        if rows and _is_docstart(rows[0]):
            newdoc, rows = True, rows[1:]
        if newdoc or not groups:
            groups.append((_comment(comments, "newdoc id") or (f"{path.stem}-doc{len(groups)}"
                                                               if newdoc else None), []))
        if not rows:
            continue
        sent_id = _comment(comments, "sent_id") or f"{path.stem}-{i}"
        text = _comment(comments, "text") if use_text else None
        tokens = [r[token_column] for r in rows]
        tags = [r[tag_column] if len(r) > tag_column else "O" for r in rows]
        groups[-1][1].append(_token_doc(sent_id, str(path), tokens, tags, text=text))
    return _grouped(groups, path)


def _is_docstart(row: list[str]) -> bool:
    return bool(row) and row[0] == "-DOCSTART-"


def read_tokens_jsonl(path: str | Path, *, tokens_key: str = "tokens",
                      tags_key: str = "ner_tags", use_text: bool = True) -> list[GoldDoc]:
    """JSONL records with a token list and string BIO tags (Hugging Face / ScandEval style).

    The raw text, when present in ``doc`` or ``text``, is what the pipeline reads; the tokens are
    aligned to it.
    """
    path = Path(path)
    docs = []
    for n, record in read_json_lines(path):
        tokens, tags = record.get(tokens_key), record.get(tags_key)
        if not isinstance(tokens, list) or not isinstance(tags, list) or len(tokens) != len(tags):
            raise GoldFormatError(f"{path}:{n}: needs lists {tokens_key!r} and {tags_key!r} of "
                                  "equal length")
        if tags and not all(isinstance(t, str) for t in tags):
            raise GoldFormatError(f"{path}:{n}: {tags_key!r} must be tag strings (B-PER, O), "
                                  "not class ids; map the ids to names first")
        text = record.get("doc", record.get("text")) if use_text else None
        doc_id = str(record.get("id", record.get("sent_id", f"{path.stem}-{n}")))
        docs.append(_token_doc(doc_id, str(path), tokens, tags,
                               text=text if isinstance(text, str) else None))
    return docs


def read_docbin(path: str | Path, *, spans_key: str | None = None, lang: str = "da"
                ) -> list[GoldDoc]:
    """A spaCy ``DocBin`` (``.spacy``): entities from ``doc.ents`` or ``doc.spans[spans_key]``."""
    import spacy
    from spacy.tokens import DocBin

    from .. import extensions  # noqa: F401  (so span norms stored in user data come back)

    path = Path(path)
    try:
        docbin = DocBin().from_disk(path)
    except Exception as exc:  # DocBin raises plain ValueError / msgpack errors
        raise GoldFormatError(f"{path}: not a spaCy DocBin ({exc})") from exc
    vocab = spacy.blank(lang).vocab
    docs = []
    for n, doc in enumerate(docbin.get_docs(vocab)):
        ents = doc.spans[spans_key] if spans_key else doc.ents
        spans = [GoldSpan(e.start_char, e.end_char, e.label_,
                          getattr(e._, "norm", None) or None) for e in ents]
        doc_id = str(doc.user_data.get("doc_id") or doc._.doc_id or f"{path.stem}-{n}")
        docs.append(GoldDoc(doc_id, doc.text, str(path), spans,
                            token_offsets=[(t.idx, t.idx + len(t.text)) for t in doc]))
    return docs
