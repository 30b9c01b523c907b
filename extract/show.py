"""One document as a self-contained HTML page: its text with the entities highlighted
(displaCy) and its tables, for people who would rather look than read.

    extract show corpus/samples/byraad_aalborg_2024-05-22.txt --html aalborg.html
"""

from __future__ import annotations

import html
import logging
from pathlib import Path

import pandas as pd
from spacy import displacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import InputError

log = logging.getLogger(__name__)

__all__ = ["LABEL_COLOURS", "blank_missing", "render_html", "show"]

LABEL_COLOURS = {
    "PERSON": "#aa9cfc", "ROLE": "#fc9ce7", "MUNICIPALITY": "#7aecec", "ORG": "#feca74",
    "LOC": "#ff9561", "DATE": "#bfe1d9", "TIME": "#e4e7d2", "CASE_NUMBER": "#c887fb",
    "EMAIL": "#9cc9cc", "CPR": "#ff8197",
}
SHOWN_TABLES = ("meetings", "attendance", "agenda_items", "decisions", "positions", "actions")
_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem auto;
       max-width: 70rem; color: #222; line-height: 1.5; padding: 0 1rem; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
.legend span { display: inline-block; padding: 0.1em 0.5em; margin: 0 0.3em 0.3em 0;
               border-radius: 0.3em; font-size: 0.8em; font-weight: bold; }
.entities { border: 1px solid #ddd; border-radius: 6px; padding: 0.5rem 1rem; }
table { border-collapse: collapse; font-size: 0.85rem; margin: 0.5rem 0; }
th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; text-align: left;
         vertical-align: top; }
th { background: #f3f3f3; }
.empty { color: #888; font-style: italic; }
"""


def blank_missing(df: pd.DataFrame) -> pd.DataFrame:
    """The table for people to read: a missing value (<NA>, NaN, None) shown as an empty cell.

    ``na_rep`` does not reach the ``<NA>`` of pandas' string dtype, so the cells are replaced.
    """
    return df.astype(object).where(df.notna(), "")


def render_html(doc: Doc, *, title: str | None = None,
                tables: dict[str, pd.DataFrame] | None = None) -> str:
    """The page of one processed Doc: highlighted entities and its tables.

    Args:
        doc: a Doc that went through the minutes pipeline.
        title: the page title (default: the document id, else its first line).
        tables: the Doc's tables (default: ``extract.to_tables([doc])``).

    Returns:
        A complete HTML document with inline CSS and no external resources.
    """
    from .tables import to_tables

    tables = tables if tables is not None else to_tables([doc])
    labels = sorted({e.label_ for e in doc.ents})
    colors = {label: LABEL_COLOURS.get(label, "#ddd") for label in labels}
    marked = displacy.render(doc, style="ent", page=False, jupyter=False,
                             options={"colors": colors})
    heading = title or doc._.doc_id or doc.text.strip().split("\n", 1)[0][:80]
    legend = "".join(f'<span style="background:{colors[label]}">{html.escape(label)}</span>'
                     for label in labels)
    parts = [f"<h1>{html.escape(str(heading))}</h1>",
             f'<p class="legend">{legend}</p>',
             f"<p>{len(doc.ents)} entities in {len(doc.text):,} characters</p>",
             '<h2>Text</h2>', f'<div class="entities">{marked}</div>']
    for name in SHOWN_TABLES:
        df = tables.get(name)
        if df is None:
            continue
        cols = [c for c in df.columns if c not in ("doc_id", "start_char", "end_char")]
        parts.append(f"<h2>{html.escape(name)} ({len(df)} rows)</h2>")
        parts.append(blank_missing(df[cols]).to_html(index=False, escape=True, border=0)
                     if len(df) else '<p class="empty">no rows</p>')
    body = "\n".join(parts)
    return ("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{html.escape(str(heading))}</title>\n<style>{_CSS}</style>\n</head>\n"
            f"<body>\n{body}\n</body>\n</html>\n")


def show(path: str | Path, *, out: str | Path, nlp: Language | None = None) -> Path:
    """Read one document, run the pipeline and write its HTML page.

    Args:
        path: a file in a supported format (.txt, .md, .html, .pdf, .docx).
        out: where to write the page.
        nlp: the pipeline (default: ``extract.load()``).

    Returns:
        The path written.

    Raises:
        InputError: ``path`` is not a readable file.
    """
    from .batch.run import process_texts
    from .readers import read_paths

    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path} is not a file: name one document (.txt, .pdf, .docx, ...)")
    texts = list(read_paths([path]))
    if not texts:
        raise InputError(f"no reader for {path.name}: use .txt, .md, .html, .pdf or .docx")
    if nlp is None:
        from .pipeline import load

        nlp = load()
    if len(texts[0].text) > nlp.max_length:
        raise InputError(f"{path.name}: its text has {len(texts[0].text):,} characters, over "
                         f"the pipeline's max_length of {nlp.max_length:,}; split the document")
    doc = next(iter(process_texts(texts[:1], nlp=nlp)))
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_html(doc, title=path.name), encoding="utf-8")
    log.info("wrote %s (%d entities)", out, len(doc.ents))
    return out
