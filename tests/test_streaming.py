"""A text read in pieces gives exactly what the whole text gives.

Large files are decoded, repaired and segmented a chunk at a time; where the chunks
fall must change nothing. Lines, paragraphs and articles too long to hold are cut, but
only after a sentence, so no sentence (and no figure) is split.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from stats.read.sources import read_source, stream_source
from stats.repair.layout import repair_stream
from stats.rules.rulefile import RuleSet
from stats.run.pipeline import Extractor
from stats.split.segment import iter_sentences, segment, split_sentences

from .conftest import CORPUS

PAGES = sorted(p.name for p in CORPUS.glob("*.txt"))


def _cut(text: str, rng: random.Random, longest: int) -> list[str]:
    pieces, i = [], 0
    while i < len(text):
        n = rng.randint(1, longest)
        pieces.append(text[i:i + n])
        i += n
    return pieces


def _paragraphs(pieces: list[str], ruleset: RuleSet, max_line: int = 10**9) -> list[tuple[int, str, list[int]]]:
    lex = ruleset.lexicon
    return [(p.start, p.text, list(p.offsets))
            for p in repair_stream(pieces, lex.article_start, lex.sentence_end, max_line=max_line,
                                   closing=lex.closing, complete=lex.line_complete)]


def _sentences(pars: list[tuple[int, str, list[int]]], ruleset: RuleSet) -> list[str]:
    return [text[s:e] for _, text, _ in pars for s, e in split_sentences(text, ruleset.lexicon)]


@pytest.mark.parametrize("seed", [1, pytest.param(2, marks=pytest.mark.slow)])  # (the slow job cuts at more places)
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("doc", PAGES)
def test_paragraphs_do_not_depend_on_where_the_text_is_cut(ruleset: RuleSet, doc: str, newline: str, seed: int) -> None:
    text = (CORPUS / doc).read_text(encoding="utf-8").replace("\n", newline)
    whole = _paragraphs([text], ruleset)
    assert len(whole) > 20
    pieces = _cut(text, random.Random(seed), 1000)
    assert len(pieces) > 5
    assert _paragraphs(pieces, ruleset) == whole


# (a page fed one or two characters at a time costs seconds, growing with the square of its length: its held
# lines are judged again at every piece. The \r\n page's pieces split every \r\n and, as the \n page's do, every
# multi-character token; the \n page's run in the slow job, as the second seed's do, and the pages after the first
# two: ~3 s of CPU each. The default suite feeds two pages so; every page goes through in pieces of up to 1000 there)
@pytest.mark.parametrize("seed", [1, pytest.param(2, marks=pytest.mark.slow)])
@pytest.mark.parametrize("newline", [pytest.param("\n", marks=pytest.mark.slow), "\r\n"])
@pytest.mark.parametrize("doc", [*PAGES[:2], *(pytest.param(doc, marks=pytest.mark.slow) for doc in PAGES[2:])])
def test_pieces_of_one_or_two_characters_give_the_paragraphs_of_the_whole(ruleset: RuleSet, doc: str, newline: str,
                                                                         seed: int) -> None:
    r"""Pieces of one or two characters split every \r\n and every multi-character token."""
    short = (CORPUS / doc).read_text(encoding="utf-8").replace("\n", newline)[:3000]
    pieces = _cut(short, random.Random(seed + 2), 2)
    assert len(pieces) > 1000
    assert _paragraphs(pieces, ruleset) == _paragraphs([short], ruleset)


def _write_gbk_with_damage(folder: Path, doc: str) -> Path:
    data = (CORPUS / doc).read_text(encoding="utf-8").encode("gb18030")
    middle = len(data) // 2
    folder.mkdir(exist_ok=True)
    path = folder / doc
    path.write_bytes(data[:middle] + b"\xff" + data[middle:])  # one undecodable byte inside
    return path


@pytest.mark.parametrize("doc", PAGES[:2])
def test_a_streamed_file_gives_the_rows_of_the_whole_file(extractor: Extractor, doc: str, tmp_path: Path) -> None:
    path = _write_gbk_with_damage(tmp_path, doc)
    whole = read_source(path)
    streamed = stream_source(path, chunk_bytes=777)  # odd: chunks end inside two-byte characters
    assert (streamed.encoding, streamed.sha256, streamed.size) == (whole.encoding, whole.sha256, whole.size)
    assert streamed.encoding == "gb18030" and len(streamed.warnings) == 1
    assert streamed.warnings == whole.warnings
    assert "".join(streamed.pieces()) == whole.text
    a, b = extractor.extract_tables(whole), extractor.extract_tables(streamed)
    assert a["figures"].num_rows > 20
    for name in a:
        assert a[name].equals(b[name]), name


SENTENCE = "今年全市城镇新增就业6.5万人，新增床位1200张。".encode()


@pytest.mark.parametrize(("data", "encoding", "warns"), [
    (SENTENCE[:-1], "utf-8", "truncated file"),
    (SENTENCE[:9] + b"\xff" + SENTENCE[9:] * 2, "utf-8", "damaged text"),
    (SENTENCE.decode().encode("utf-16"), "utf-16", ""),
    (SENTENCE.decode().encode("utf-8-sig"), "utf-8-sig", ""),
    (SENTENCE.decode().encode("gb18030"), "gb18030", ""),
], ids=["truncated", "stray-byte", "utf-16", "bom", "gbk"])
def test_streaming_judges_a_file_as_reading_it_whole_does(tmp_path: Path, data: bytes, encoding: str,
                                                          warns: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    whole, streamed = read_source(path), stream_source(path, chunk_bytes=3)
    assert streamed.encoding == whole.encoding == encoding
    assert streamed.warnings == whole.warnings
    assert (streamed.warnings[0].startswith(warns) if warns else streamed.warnings == ())
    assert "".join(streamed.pieces()) == whole.text


def _one_line(doc: str) -> str:
    """A page as some PDF tools give it: no line breaks at all."""
    return "".join(line.strip() for line in (CORPUS / doc).read_text(encoding="utf-8").splitlines())


def test_a_line_without_breaks_is_cut_after_sentences_only(ruleset: RuleSet) -> None:
    line = _one_line(PAGES[0])
    assert len(line) > 5000
    uncut = _paragraphs([line], ruleset)
    cut = _paragraphs(_cut(line, random.Random(4), 700), ruleset, max_line=400)
    assert len(uncut) == 1 and len(cut) > 10
    assert all(len(text) <= 410 for _, text, _ in cut[:-1]) and len(cut[-1][1]) <= 810
    assert all(text[-1] in ruleset.lexicon.sentence_end + "”’」』）)】》" for _, text, _ in cut[:-1])
    assert _sentences(cut, ruleset) == _sentences(uncut, ruleset)
    # every character still points at its place in the source
    assert [o for _, _, offsets in cut for o in offsets] == uncut[0][2]


def test_a_paragraph_of_many_short_lines_ends_after_a_sentence(ruleset: RuleSet) -> None:
    line = _one_line(PAGES[1])
    wrapped = "\n".join(line[i:i + 20] for i in range(0, len(line), 20))
    uncut = _paragraphs([wrapped], ruleset)
    cut = _paragraphs([wrapped], ruleset, max_line=300)
    assert len(cut) > len(uncut) + 5
    assert max(len(text) for _, text, _ in cut) <= 2 * 600 + 20  # past 2 × 600 it ends at the next line
    assert _sentences(cut, ruleset) == _sentences(uncut, ruleset)


@pytest.mark.parametrize("doc", PAGES)
def test_an_article_too_long_to_hold_goes_on_under_its_heading(ruleset: RuleSet, doc: str) -> None:
    lex = ruleset.lexicon
    page = (CORPUS / doc).read_text(encoding="utf-8")
    pars = list(repair_stream([page], lex.article_start, lex.sentence_end, closing=lex.closing,
                              complete=lex.line_complete))
    whole = list(segment("d", pars, lex))
    parts = list(segment("d", pars, lex, max_chars=500))
    assert len(parts) > len(whole) + 3
    assert [a.seq for a in parts] == list(range(1, len(parts) + 1))
    assert all(a.chars <= 500 or len(a.paragraphs) == 1 for a in parts)
    owner = {p.start: a for a in whole for p in a.paragraphs}
    for art in whole:
        mine = [a for a in parts if owner[a.paragraphs[0].start] is art]
        assert [p.start for a in mine for p in a.paragraphs] == [p.start for p in art.paragraphs]
        assert all(a.dateline == art.dateline and a.byline == art.byline for a in mine)
        assert mine[-1].titles == art.titles and all(set(a.titles) <= set(art.titles) for a in mine)
    assert any(a.dateline and len([b for b in parts if owner[b.paragraphs[0].start] is a]) > 1 for a in whole)
    sentences = [(s.sentence_id.split("/")[-1], s.text) for a in parts for s in iter_sentences(a, lex)]
    assert [t for _, t in sentences] == [s.text for a in whole for s in iter_sentences(a, lex)]
