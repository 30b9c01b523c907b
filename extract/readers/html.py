"""HTML pages (e.g. FirstAgenda publications): visible text, one line per block element."""

from __future__ import annotations

import re

from .text import decode

BLOCK_TAGS = ("p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "section",
              "article", "header", "footer", "table", "ul", "ol", "dt", "dd", "title", "main",
              "nav", "aside", "blockquote", "pre", "form", "label", "button")
DROP_TAGS = ("script", "style", "noscript", "template", "svg", "head")


def read_html(data: bytes) -> str:
    from bs4 import BeautifulSoup  # optional dependency of the HTML reader only

    soup = BeautifulSoup(decode(data), "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    for tag in soup(DROP_TAGS):
        tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for tag in soup.find_all(BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    text = soup.get_text("")
    text = re.sub(r"[ \t\xa0\u200b]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return (title + "\n\n" + text if title and not text.startswith(title) else text) + "\n"
