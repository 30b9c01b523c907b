"""HTML pages (e.g. FirstAgenda publications): visible text, one line per block element."""

from __future__ import annotations

import re
from typing import Any

from .text import decode

BLOCK_TAGS = ("p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "section",
              "article", "header", "footer", "table", "ul", "ol", "dt", "dd", "title", "main",
              "nav", "aside", "blockquote", "pre", "form", "label", "button")
DROP_TAGS = ("script", "style", "noscript", "template", "svg", "head")
_BLOCK = frozenset(BLOCK_TAGS)
_DROP = frozenset(DROP_TAGS)


def read_html(data: bytes) -> str:
    from bs4 import BeautifulSoup  # optional dependency of the HTML reader only

    soup = BeautifulSoup(decode(data), "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    text = _visible_text(soup)
    text = re.sub(r"[ \t\xa0\u200b]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return (title + "\n\n" + text if title and not text.startswith(title) else text) + "\n"


def _visible_text(soup: Any) -> str:
    """The page's strings with a line break around each block element and for each <br>.

    One pass over the tree with an explicit stack: editing the tree (``insert_after``) costs
    time in its depth per edit, so a page of 50,000 nested <div>s took minutes, and recursion
    would overflow on such a page.
    """
    from bs4 import Tag

    wanted = soup.interesting_string_types  # what get_text() reads: text and CDATA, no comments
    parts: list[str] = []
    stack: list[tuple[Any, bool]] = [(iter(soup.contents), False)]
    while stack:
        children, block = stack[-1]
        node = next(children, None)
        if node is None:
            stack.pop()
            if block:
                parts.append("\n")
            continue
        if not isinstance(node, Tag):
            if type(node) in wanted:
                parts.append(str(node))
            continue
        if node.name in _DROP:
            continue
        if node.name == "br":
            parts.append("\n")
            continue
        is_block = node.name in _BLOCK
        if is_block:
            parts.append("\n")
        stack.append((iter(node.contents), is_block))
    return "".join(parts)
