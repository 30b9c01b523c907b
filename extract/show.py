"""One document as a self-contained HTML page, for people who would rather look than read: a
summary with links, its tables, then its text with the entities highlighted (displaCy).

    extract show corpus/samples/byraad_aalborg_2024-05-22.txt --html aalborg.html
"""

from __future__ import annotations

import html
import logging
import warnings
from pathlib import Path

import pandas as pd
from spacy import displacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import InputError

log = logging.getLogger(__name__)

__all__ = ["CLIP", "LABEL_COLOURS", "blank_missing", "render_html", "show"]

LABEL_COLOURS = {
    "PERSON": "#aa9cfc", "ROLE": "#fc9ce7", "MUNICIPALITY": "#7aecec", "ORG": "#feca74",
    "LOC": "#ff9561", "DATE": "#bfe1d9", "TIME": "#e4e7d2", "CASE_NUMBER": "#c887fb",
    "EMAIL": "#9cc9cc", "CPR": "#ff8197",
}
SHOWN_TABLES = ("meetings", "attendance", "agenda_items", "decisions", "positions", "actions")
# The columns a reader of one document needs, per table (default: all but HIDDEN_COLUMNS). The
# rest stay in the tables `extract run` writes; the page names them under the table.
SHOWN_COLUMNS: dict[str, tuple[str, ...]] = {
    "actions": ("item_no", "action", "actor", "deadline", "text"),
}
HIDDEN_COLUMNS = ("doc_id", "start_char", "end_char")
CLIP = 120  # the most characters a cell shows; the full value is in its tooltip
_DITTO_MIN = 25  # a value at least this long, equal to the one above it, is shown as "↑"
_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem auto;
       max-width: 70rem; color: #222; line-height: 1.5; padding: 0 1rem; }
h1 { font-size: 1.4rem; overflow-wrap: anywhere; }
h2 { font-size: 1.1rem; margin-top: 2rem; }
nav.toc { background: #f7f7f7; border-radius: 6px; padding: 0.4rem 1rem; }
nav.toc a { margin-right: 0.2em; }
.legend span { display: inline-block; padding: 0.1em 0.5em; margin: 0 0.3em 0.3em 0;
               border-radius: 0.3em; font-size: 0.8em; font-weight: bold; }
.entities { border: 1px solid #ddd; border-radius: 6px; padding: 0.5rem 1rem;
            overflow-wrap: anywhere; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; font-size: 0.85rem; margin: 0.5rem 0; }
th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; text-align: left;
         vertical-align: top; }
th { background: #f3f3f3; white-space: nowrap; }
td[title] { cursor: help; }
td.same { color: #888; text-align: center; }
.nw { white-space: nowrap; }
.note, .empty { color: #666; font-size: 0.85rem; margin: 0.2rem 0; }
.empty { font-style: italic; }
"""


def blank_missing(df: pd.DataFrame) -> pd.DataFrame:
    """The table for people to read: a missing value (<NA>, NaN, None) shown as an empty cell.

    ``na_rep`` does not reach the ``<NA>`` of pandas' string dtype, so the cells are replaced.
    """
    return df.astype(object).where(df.notna(), "")


def _clip(value: str, limit: int) -> str:
    """``value`` cut to at most ``limit`` characters, ending in "…" where it was cut."""
    return value if len(value) <= limit else value[:limit - 1].rstrip() + "…"


def render_html(doc: Doc, *, title: str | None = None,
                tables: dict[str, pd.DataFrame] | None = None, limit: int = CLIP) -> str:
    """The page of one processed Doc: a summary with links, its tables, then the text with the
    entities highlighted.

    Tables come first so that they are in view without scrolling past the text. Each sits in
    its own horizontally scrolling box, so the page is never wider than the window; a cell
    longer than ``limit`` characters is cut, with the full value in its tooltip.

    Args:
        doc: a Doc that went through the minutes pipeline.
        title: the page title (default: the document id, else its first line).
        tables: the Doc's tables (default: ``extract.to_tables([doc])``).
        limit: the most characters one table cell shows.

    Returns:
        A complete HTML document with inline CSS and no external resources.
    """
    from .tables import to_tables

    tables = tables if tables is not None else to_tables([doc])
    shown = [(name, tables[name]) for name in SHOWN_TABLES if tables.get(name) is not None]
    labels = sorted({e.label_ for e in doc.ents})
    colors = {label: LABEL_COLOURS.get(label, "#ddd") for label in labels}
    with warnings.catch_warnings():  # W006, "no entities": the page says 0 entities itself
        warnings.filterwarnings("ignore", message=r"\[W006\]")
        marked = displacy.render(doc, style="ent", page=False, jupyter=False,
                                 options={"colors": colors})
    heading = title or doc._.doc_id or doc.text.strip().split("\n", 1)[0][:80]
    legend = "".join(f'<span style="background:{colors[label]}">{html.escape(label)}</span>'
                     for label in labels)
    links = [f'<a href="#table-{html.escape(name)}">{html.escape(name)}</a> ({len(df)})'
             for name, df in shown]
    links.append(f'<a href="#text">text</a> ({len(doc.ents)} entities)')
    parts = [f"<h1>{html.escape(str(heading))}</h1>",
             f"<p>{len(doc.ents)} entities in {len(doc.text):,} characters; "
             f"{sum(len(df) for _, df in shown)} table rows.</p>",
             f'<nav class="toc">{" · ".join(links)}</nav>']
    # One meeting: its id is in the meetings table, and would be the same on every other row.
    one_meeting = len(tables.get("meetings", ())) <= 1
    for name, df in shown:
        if one_meeting and name != "meetings":
            df = df.drop(columns="meeting_id", errors="ignore")
        rows = f"{len(df)} row" + ("" if len(df) == 1 else "s")
        parts.append(f'<h2 id="table-{html.escape(name)}">{html.escape(name)} ({rows})</h2>')
        parts.append(_table_html(name, df, limit=limit))
    parts += ['<h2 id="text">Text</h2>', f'<p class="legend">{legend}</p>',
              f'<div class="entities">{marked}</div>']
    body = "\n".join(parts)
    return ("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{html.escape(str(heading))}</title>\n<style>{_CSS}</style>\n</head>\n"
            f"<body>\n{body}\n</body>\n</html>\n")


def _table_html(name: str, df: pd.DataFrame, *, limit: int) -> str:
    """One table for people: the columns worth reading, a column that holds one value on every
    row said once above it, long cells cut and a long value repeated from the row above shown
    as "↑" (the full value in the tooltip of both)."""
    if not len(df):
        return '<p class="empty">no rows</p>'
    wanted = SHOWN_COLUMNS.get(name)
    cols = [c for c in (wanted or df.columns) if c in df.columns and c not in HIDDEN_COLUMNS]
    left_out = [c for c in df.columns if c not in cols and c not in HIDDEN_COLUMNS]
    cells = blank_missing(df[cols]).map(str)
    notes = []
    if len(cells) > 1:
        empty = [c for c in cols if (cells[c] == "").all()]
        same = [c for c in cols if c not in empty and cells[c].nunique() == 1]
        if same:
            notes.append("on every row: " + "; ".join(
                f"{html.escape(c)} = {_cut(cells[c].iloc[0], limit, tag='span')}" for c in same))
        if empty:
            notes.append("empty: " + ", ".join(html.escape(c) for c in empty))
        cols = [c for c in cols if c not in same and c not in empty]
    if left_out:
        notes.append("more columns in the tables of <code>extract run</code>: "
                     + ", ".join(html.escape(c) for c in left_out))
    rows = []
    for i in range(len(cells)):
        tds = []
        for c in cols:
            value = cells[c].iloc[i]
            if i and len(value) >= _DITTO_MIN and value == cells[c].iloc[i - 1]:
                tds.append(f'<td class="same" title="{html.escape(value)}">↑</td>')
            else:
                tds.append(_cut(value, limit, tag="td"))
        rows.append("<tr>" + "".join(tds) + "</tr>")
    head = "".join(f"<th>{html.escape(c)}</th>" for c in cols)
    note = "".join(f'<p class="note">{n}</p>' for n in notes)
    return (f'{note}<div class="scroll"><table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n'
            + "\n".join(rows) + "\n</tbody>\n</table></div>")


def _cut(value: str, limit: int, *, tag: str) -> str:
    """``value`` escaped in a ``tag`` element, cut to ``limit`` characters with the full value
    in the element's tooltip when it is longer."""
    title = f' title="{html.escape(value)}"' if len(value) > limit else ""
    # A value with no space (a date, an id) would only break at its hyphens: keep it whole.
    nowrap = ' class="nw"' if value and not any(ch.isspace() for ch in value) else ""
    return f"<{tag}{nowrap}{title}>{html.escape(_clip(value, limit))}</{tag}>"


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
                         f"the pipeline's max_length of {nlp.max_length:,}, too long for one page; "
                         "`extract run` reads it in parts into the tables")
    doc = next(iter(process_texts(texts[:1], nlp=nlp)))
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_html(doc, title=path.name), encoding="utf-8")
    log.info("wrote %s (%d entities)", out, len(doc.ents))
    return out
