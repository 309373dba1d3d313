"""Split a repaired page into articles and sentences, with stable ids.

A newspaper page as extracted from PDF interleaves several articles and their
headlines. An article opens at a dateline (patterns in rules/lexicon/layout.yaml:
本报讯, 新华社…电, □本报记者, （上接1版）…). Short paragraphs without sentence-final
punctuation are headlines: they name the article before them when it has no title
yet (this paper prints headlines after the body in extraction order), else the
article that opens right after them, else they stay in place as subheadings.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from .lexicon import PATTERN_TIMEOUT, Lexicon

_CLOSING = "”’」』）)】》"


@dataclass
class Sentence:
    sentence_id: str
    text: str
    start: int  # offsets in the repaired document text
    end: int


@dataclass
class Article:
    article_id: str
    seq: int
    start: int
    end: int
    dateline: str = ""
    byline: str = ""
    titles: list[str] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for part in text.split("\n"):
        if part:
            out.append((pos, pos + len(part)))
        pos += len(part) + 1
    return out


def _is_headline(par: str, lex: Lexicon) -> bool:
    return len(par) <= lex.headline_max and not any(c in lex.sentence_end for c in par)


def split_sentences(text: str, start: int, end: int, lex: Lexicon) -> list[tuple[int, int]]:
    """Sentence spans within text[start:end]; closing quotes stay with their sentence."""
    spans, s, i = [], start, start
    while i < end:
        if text[i] in lex.sentence_end:
            j = i + 1
            while j < end and (text[j] in _CLOSING or text[j] in lex.sentence_end):
                j += 1
            spans.append((s, j))
            s = i = j
            continue
        i += 1
    if s < end:
        spans.append((s, end))
    return spans


def iter_sentences(art: Article, text: str, lex: Lexicon) -> Iterator[Sentence]:
    """The sentences of one article, in order, made on demand (a large page need not hold them all)."""
    n = 0
    for a, b in art.paragraphs:
        for s, e in split_sentences(text, a, b, lex):
            n += 1
            yield Sentence(f"{art.article_id}/s{n:03d}", text[s:e], s, e)


def segment(doc_id: str, text: str, lex: Lexicon, with_sentences: bool = True) -> list[Article]:
    """Articles of a page; with_sentences=False leaves `sentences` empty for `iter_sentences` to make later."""
    articles: list[Article] = []
    pending_titles: list[tuple[int, int]] = []

    def open_article(start: int, dateline: str = "") -> Article:
        art = Article(f"{doc_id}/a{len(articles) + 1:02d}", len(articles) + 1, start, start, dateline)
        articles.append(art)
        return art

    current: Article | None = None
    in_title_run = False
    for p_start, p_end in _paragraphs(text):
        par = text[p_start:p_end]
        was_title_run, in_title_run = in_title_run, False
        opener = next((m for m in (pat.match(par, timeout=PATTERN_TIMEOUT) for pat in lex.article_start) if m), None)
        if opener:
            current = open_article(p_start, opener.group("dateline").strip() if "dateline" in opener.re.groupindex else "")
            if pending_titles:
                current.titles += [text[a:b] for a, b in pending_titles]
                current.paragraphs += pending_titles
                current.start = pending_titles[0][0]
                pending_titles = []
            rest = par[opener.end():]
            byline = lex.byline.match(rest, timeout=PATTERN_TIMEOUT)
            if byline and byline.group(0).strip():
                current.byline = byline.group(0).strip()
        elif current is not None and any(pat.match(par, timeout=PATTERN_TIMEOUT) for pat in lex.article_end):
            pass  # （下转2版）: stays with the article it closes
        elif _is_headline(par, lex) and current is not None:
            if (not current.titles or was_title_run) and current.dateline:
                current.titles.append(par)  # a run of headline lines names the article above
                in_title_run = True
            else:
                pending_titles.append((p_start, p_end))
                continue
        else:
            if current is None:
                current = open_article(p_start)
            if pending_titles:  # headlines followed by plain text: subheadings in place
                current.paragraphs += pending_titles
                pending_titles = []
        if current is None:
            current = open_article(p_start)
        current.paragraphs.append((p_start, p_end))
        current.end = p_end
    if pending_titles:
        if current is None:
            current = open_article(pending_titles[0][0])
        current.paragraphs += pending_titles
        current.end = max(current.end, pending_titles[-1][1])
    for art in articles:
        art.paragraphs.sort()
        art.end = max((b for _, b in art.paragraphs), default=art.start)
        if with_sentences:
            art.sentences = list(iter_sentences(art, text, lex))
    return articles
