"""The page-level layout repair agrees with the line-by-line one, and its offsets point back exactly.

Runs of plain lines are joined in bulk (`_Lines._page`, `_Repairer.run`) and a line spaced
out character by character drops its gaps in one go (`_append_line`); the line-by-line path
(`repair_stream(..., bulk=False)`, `_append_line_gaps`) is the reference. Texts are generated
from the pieces a damaged newspaper page is made of: narrow broken lines, indents, blank
lines, spaced-out characters, glued columns, datelines, full-width digits, Latin words.

On CI (CI=true) the examples are derandomized (tests/conftest.py loads the "ci" profile: the same examples
every run), so the default suite cannot fail at random; elsewhere each run draws new ones. A case a run finds
goes in as an @example, with a comment saying what it is.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from stats.repair.layout import _UNREADABLE, _append_line, _append_line_gaps, fold_width, repair_stream
from stats.repair.offsets import OffsetMap
from stats.rules.rulefile import load_rules
from stats.split.segment import iter_sentences, segment, split_sentences

LEX = load_rules().lexicon
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = ["全市", "新增就业", "岗位", "床位", "增长", "亿元", "万人", "１２", "３．５", "2023", "8.6", "42.0",
         "%", "，", "。", "”", "）", "Mobile", "World", "ECMO", "本报讯", "新华社北京3月5日电", "●", "（下转2版）",
         "二、工作安排", "（三）"]
GAPS = [" ", "  ", "   ", "\u3000", "\u3000\u3000", "\t"]
LINE = st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(GAPS)), max_size=8).map("".join)
PAGE = st.lists(st.tuples(st.sampled_from(["", "", "", "  ", "\u3000\u3000", " " * 9]), LINE), max_size=30).map(
    lambda lines: "\n".join(indent + line for indent, line in lines))


def _paragraphs(pieces: list[str], bulk: bool, max_line: int = 100_000) -> tuple[list[tuple], list[str]]:
    notes: list[str] = []
    pars = [(p.start, p.text, list(p.offsets), p.opened_at)
            for p in repair_stream(pieces, LEX.article_start, LEX.sentence_end, max_line=max_line,
                                   closing=LEX.closing, complete=LEX.line_complete, notes=notes, bulk=bulk,
                                   alone=LEX.running_head, heading=LEX.heading)]
    return pars, notes


def _cut(text: str, cuts: list[int]) -> list[str]:
    at = sorted({c % (len(text) + 1) for c in cuts} | {0, len(text)})
    return [text[a:b] for a, b in zip(at, at[1:], strict=False)] or [text]


# a dateline drawn twice, each line longer than 2 x 12 characters (cut ahead at max_line=12)
DRAWN_TWICE = "\n".join(["\u65b0\u534e\u793e\u5317\u4eac3\u67085\u65e5\u7535" * 2 + " " * 14] * 2)


@SETTINGS
@given(PAGE, st.lists(st.integers(min_value=0), max_size=4), st.sampled_from([100_000, 12]))
@example("\uff13\uff0e\uff15 \uff13\uff0e\uff15", [], 100_000)  # full-width decimals: the bulk path joined them
@example("\u3002 \n%", [], 100_000)  # a sentence's mark, a space, then % alone: the bulk path had joined them
@example("\u3002  \n%", [], 12)  # (two spaces: the line looked at alone, % opening the run after it)
# cut into pieces: the lines above a piece's first ones and the lines after its last ones judged as on the whole page
@example("\n2023\n\u5168\u5e02\u5168\u5e02\u5168\u5e02\n\u5168\u5e02", [1], 100_000)  # another item's headline
@example("\n2023\n\u5168\u5e02\u5168\u5e02\u5168\u5e02\n\u5168\u5e02", [1], 12)
@example("\n%\n\u65b0\u589e\u5c31\u4e1a\n\u672c\u62a5\u8baf", [1], 100_000)  # a headline over a dateline
@example("%\n\u65b0\u589e\u5c31\u4e1a\n\u672c\u62a5\u8baf", [2], 100_000)
# a line drawn twice, its copy blanked: the paragraph under it opens where its text does, as line by line
@example("  \u5168\u5e02\u5e8a\u4f4d\u5168\u5e02\n  \u5168\u5e02\u5e8a\u4f4d\u5168\u5e02\n\u5168\u5e02", [], 100_000)
# a glued row at the end: with its pieces, the window is no longer handed on as it came (`Swept.bulk`)
@example("\uff13\uff0e\uff15\n\u5168\u5e02\n\uff13\uff0e\uff15\n\u5168\u5e02\n\uff13\uff0e\uff15\n"
         "\u5168\u5e02\uff11\uff12  \u5168\u5e02  \uff13\uff0e\uff15", [], 100_000)
# a line drawn twice, the first cut ahead for its length, a piece ending in its trailing spaces: the copy is
# blanked as on the whole page (the part of the line handed on before the piece is kept to compare it with)
@example(DRAWN_TWICE, [235], 12)
# a line too long to take whole, a piece ending inside it: the next piece's lines, all short, were judged for
# another item's headline (新增8全市 set after its paragraph) where on the whole text, holding the long line, none
# is; now no line from a line too long to take whole on is judged, wherever the pieces end (`_Lines._column_bulk`)
@example("         \u5168\u5e02\u5168\u5e02\u5168\u5e02\u5168\u5e02\u5168\u5e022023Mo\n\u65b0\u589e8\u5168\u5e02\ne",
         [25], 12)
# (the lines held for the next piece, a long line among them: the judges look only at the lines above it)
@example("\u5168\u5e02" * 7 + "\n" + "\u5168\u5e02" * 3 + "\n" + " " * 9 + "\u5168\u5e02" * 8
         + "\n\u5168\u5e02\u5168\u5e02\u65b0\u589e\u5c31\u4e1a", [276], 12)
# a line with a gutter near the text's end, a blank line after it: the bulk lines' window, judged with the pieces the
# column stage cuts from the lines after, had lost that blank line and was taken as handed on as it came (no sweep)
@example("\n\n\n\n\n\u5168\u5e02\n\n\u5168\u5e02\n\n\u5168\u5e02\u5168\u5e02\u5168\u5e02\u5168\u5e02\n"
         "\u65b0\u589e\u5c31\u4e1a  \u5168\u5e02\n\n\u5168\u5e02\n\u5168\u5e02\u5168\u5e02  \u5168\u5e02", [], 100_000)
def test_bulk_repair_gives_the_paragraphs_and_offsets_of_the_line_by_line_one(page: str, cuts: list[int],
                                                                            max_line: int) -> None:
    reference = _paragraphs([page], bulk=False, max_line=max_line)
    assert _paragraphs([page], bulk=True, max_line=max_line) == reference
    assert _paragraphs(_cut(page, cuts), bulk=True, max_line=max_line) == reference


def test_a_line_drawn_twice_is_blanked_wherever_the_pieces_of_the_stream_end() -> None:
    """The copy of a line drawn twice is made spaces (`_REPEATED_LINE`) on the whole page; read in pieces, the
    first line cut ahead for its length (`_Lines._line`) and the copy's piece opening after its break, the copy
    must still be told one (it came out as two paragraphs more), and a copy cut ahead itself waits to be told."""
    whole = _paragraphs([DRAWN_TWICE], bulk=False, max_line=12)
    assert [p[1] for p in whole[0]] == ["\u65b0\u534e\u793e\u5317\u4eac3\u67085\u65e5\u7535\u65b0\u534e",
                                        "\u793e\u5317\u4eac3\u67085\u65e5\u7535"]
    for cut in (20, 25, 34, 36, 45, 58, len(DRAWN_TWICE) - 1):  # in the first line, its spaces, the copy
        for bulk in (True, False):
            assert _paragraphs(_cut(DRAWN_TWICE, [cut]), bulk=bulk, max_line=12) == whole, (cut, bulk)


@SETTINGS
@given(PAGE)
@example(page="全市全市全市2023\n全市全市（下转2版）\n１２")  # read across as two columns: 2023 | 12 made unreadable
def test_every_repaired_character_comes_from_the_source_character_it_points_at(page: str) -> None:
    folded = fold_width(page)
    for _, text, offsets, opened_at in _paragraphs([page], bulk=True)[0]:
        assert len(offsets) == len(text) and opened_at <= offsets[0]
        for ch, src in zip(text, offsets, strict=True):
            # a kept space stands for the gap between two Latin words; an unsure number's characters are made
            # unreadable one for one (never a space); any other character is the source's, folded
            assert folded[src] == ch or (ch == " " and folded[src].isspace()) or (
                ch == _UNREADABLE and not folded[src].isspace())
        assert len(set(offsets)) == len(offsets)  # no source character twice (glued columns come out reordered)


def test_a_page_of_plain_lines_maps_each_line_to_its_own_place() -> None:
    page = "　　全市新增就业\n岗位3.2万个，同比\n增长8.6%。\n\n　　本报讯 记者\n"
    (first, second), _ = _paragraphs([page], bulk=True)
    assert first[1] == "全市新增就业岗位3.2万个，同比增长8.6%。"
    i = first[1].index("8.6%")
    assert page[first[2][i]:first[2][i + 3] + 1] == "8.6%"
    assert first[3] == 0 and second[3] == page.index("　　本报讯")
    assert second[1] == "本报讯记者"


@SETTINGS
@given(LINE, st.sampled_from(["", "A", "全"]))
def test_a_spaced_out_line_drops_its_gaps_as_the_gap_by_gap_copy_does(line: str, prev: str) -> None:
    fast_pieces: list[str] = []
    slow_pieces: list[str] = []
    fast, slow = OffsetMap(), OffsetMap()
    assert _append_line(line, 7, fast_pieces, fast, prev) == _append_line_gaps(line, 7, slow_pieces, slow, prev)
    assert "".join(fast_pieces) == "".join(slow_pieces)
    assert list(fast) == list(slow)


def test_offset_runs_added_at_once_map_as_added_one_by_one() -> None:
    bulk, each = OffsetMap(), OffsetMap()
    for m in (bulk, each):
        m.add(3, 4)  # source 3..6
    bulk.add_runs([7, 20, 31], [2, 5, 1])  # the first run goes on from the last one
    for src, n in ((7, 2), (20, 5), (31, 1)):
        each.add(src, n)
    assert list(bulk) == list(each) == [3, 4, 5, 6, 7, 8, 20, 21, 22, 23, 24, 31]
    assert bulk.runs == 3


@SETTINGS
@given(PAGE)
def test_sentences_of_an_article_are_those_of_its_paragraphs(page: str) -> None:
    pars = list(repair_stream([page], LEX.article_start, LEX.sentence_end, closing=LEX.closing,
                              complete=LEX.line_complete))
    for art in segment("doc", pars, LEX):
        expected = [(p.start + s, p.start + e, p.text[s:e]) for p in art.paragraphs
                    for s, e in split_sentences(p.text, LEX)]
        got = [(s.start, s.end, s.text) for s in iter_sentences(art, LEX)]
        assert got == expected
        assert all(s.paragraph.start <= s.start and s.end <= s.paragraph.end for s in iter_sentences(art, LEX))
        assert [s.sentence_id for s in iter_sentences(art, LEX)] == [
            f"{art.article_id}/s{n:03d}" for n in range(1, len(expected) + 1)]


def test_an_indented_heading_stands_alone_in_bulk_as_line_by_line() -> None:
    """An indented line heads a bulk run of the lines under it; an indented numbered heading
    (　　二、工作安排) must not: line by line it is a paragraph of its own (found by the property above)."""
    for page in ["  二、工作安排\n全市", "全市。\n\u3000\u3000二、工作安排\n全市新增就业1万人。"]:
        assert _paragraphs([page], bulk=True) == _paragraphs([page], bulk=False)
        assert _paragraphs([page], bulk=True)[0][-2][1] == "二、工作安排"


# the lines of a table read as lines, and of sentences that look like its rows, among plain lines (the
# bulk path takes a page with few lines holding spaces)
TABLE_LINES = ["指标名称 单位 2022年 2023年", "指标名称单位2022年2023年", "医院 个 125 130", "医院 个125",
               "医院 个 125", "床位 8 560 9 012", "床位 张 8 560", "全市共有医院 1 280", "家，床位 8 560",
               "其中 12 13", "收入 -3 12.5", "病床使用率 % 81.5 84.2"]
PLAIN_LINES = ["全市新增就业岗位", "床位增长8.6%。", "亿元，比上年增长", "本报讯全市", "2023年全市", "医院个125"]
TABLE_PAGE = st.lists(st.one_of(st.sampled_from(TABLE_LINES), *[st.sampled_from(PLAIN_LINES)] * 3),
                      max_size=20).map("\n".join)


# rows of a table, one whose last cell is glued to its unit cell (个125), and a figure under its label last
GLUED_CELL_PAGE = ("指标名称 单位 2022年 2023年\n医院 个 125 130\n医院 个125\n2023年全市\n2023年全市\n医院 个 125 130\n"
                   "全市新增就业岗位\n2023年全市")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TABLE_PAGE)
@example("指标名称单位2022年2023年\n医院 个125")  # no gap before its number: no row either way
@example("指标名称单位2022年2023年\n医院 个 125 130\n床位 8 560 9 012\n全市新增就业岗位")
# a short line between two full ones: held back as another item's headline, both ways
@example("指标名称单位2022年2023年\n全市新增就业岗位\n指标名称单位2022年2023年")
@example("病床使用率 % 81.5 84.2\n指标名称单位2022年2023年\n全市新增就业岗位\n指标名称单位2022年2023年")
# a number box's figure as the text's last line, with no break after it: set apart both ways (line by line
# it went into the column stage, which swept the page as two columns read across and dropped a number)
@example(GLUED_CELL_PAGE)
# a short line under a row, a label run on: the row's head holds over it in bulk too, for the row under it
@example("指标名称单位2022年2023年\n指标名称 单位 2022年 2023年\n全市新增就业岗位\n指标名称 单位 2022年 2023年")
# a short line right under a head, the first row's label run on over its cells: the head holds in bulk too
@example("指标名称 单位 2022年 2023年\n全市新增就业岗位\n指标名称 单位 2022年 2023年")
@example("指标名称 单位 2022年 2023年\n全市新增就业岗位\n医院 个 125")
def test_table_rows_are_told_alike_in_bulk_and_line_by_line(extractor, page: str) -> None:
    """A row of whole numbers (its head on the line above, a unit cell, a row above it) is judged line by
    line (`_Repairer.row_gaps`); the bulk path must hand every such line to it, and take no other as one."""
    def pars(bulk: bool) -> list[tuple]:
        return [(p.start, p.text, list(p.offsets)) for p in repair_stream(
            [page], LEX.article_start, LEX.sentence_end, closing=LEX.closing, complete=LEX.line_complete,
            bulk=bulk, alone=LEX.running_head, heading=LEX.heading, tables=extractor.tables)]
    assert pars(True) == pars(False)


def test_a_cell_glued_to_its_unit_keeps_its_number_on_the_text_s_last_line(extractor) -> None:
    """The text's last line, a number box's figure with no break after it, is set apart line by line as in
    bulk: else the column stage sweeps the page as two columns read across, and leaves out the 125 of
    医院 个125 as a number cut in two (a figure lost, on one path only)."""
    for bulk in (True, False):
        texts = [p.text for p in repair_stream(
            [GLUED_CELL_PAGE], LEX.article_start, LEX.sentence_end, closing=LEX.closing,
            complete=LEX.line_complete, bulk=bulk, alone=LEX.running_head, heading=LEX.heading,
            tables=extractor.tables)]
        assert "医院个1252023年全市2023年全市" in texts, (bulk, texts)
        assert sum(t.count("125") for t in texts) == GLUED_CELL_PAGE.count("125")


# the lines around an article's jump to another page and a drop cap: a sentence broken off, the jump's mark (set in or
# not), blank lines, the page's foot, a headline set over the mark taking the sentence up, lines set in that break off
# at an opening quote or bracket, one Han character alone (a drop cap, or a vertical headline's) over a long line
JUMP_LINES = ["全市新增就业岗位3.2万个，同比增长", "全市规模以上工业投资增", " （下转2版）", "（下转第2版）", "", "", "",
              "（上接第1版）长8.6%。", "  （上接第1版）长8.6%。", "全市召开就业工作推进会议", "  全市召开就业工作推进会议",
              "  全市强调把“说”和“", "全市强调把“说”和“", "  改”贯通起来。", "改”贯通起来，新增床位120张。",
              "  全市新增城镇就业岗位", "全市新增城镇就业岗位3.2万个。", "业", "  业", "五", "责任编辑：王某",
              "全市新增就业岗位（", "  全市新增就业岗位3.2万个，同比增长"]
JUMP_PAGE = st.lists(st.sampled_from(JUMP_LINES), max_size=14).map("\n".join)


def _jump_paragraphs(pieces: list[str], bulk: bool) -> list[tuple]:
    return [(p.start, p.text, list(p.offsets), p.opened_at)
            for p in repair_stream(pieces, LEX.article_start, LEX.sentence_end, closing=LEX.closing,
                                   complete=LEX.line_complete, bulk=bulk, alone=LEX.running_head,
                                   heading=LEX.heading, ends=LEX.article_end, jump_in=LEX.jump_in,
                                   clause_end=LEX.clause_end, page_note=LEX.page_note)]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(JUMP_PAGE, st.lists(st.integers(min_value=0), max_size=3))
# a jump, a blank line, a line set in that breaks off at an opening quote, a blank line, a line set in: line by line
# the first was held as a headline over the mark and set apart, the bulk path ran it on into the second
@example("全市新增就业岗位3.2万个，同比增长\n （下转2版）\n\n  全市强调把“说”和“\n\n  改”贯通起来。", [])
# a headline over the mark taking the sentence up: the bulk path took both as plain lines, the sentence not taken up
@example("全市规模以上工业投资增\n（下转第2版）\n\n全市召开就业工作推进会议\n\n（上接第1版）长8.6%。", [])
# one Han character, then a long line set in: a drop cap's line line by line, a paragraph's opening in bulk
@example("业\n  全市新增城镇就业岗位", [])
# three lone characters at one column beside a line set in: no upright headline (none has text beside it on its line)
@example("业\n  （上接第1版）长8.6%。\n业\n业", [])
def test_jumps_and_drop_caps_are_told_alike_in_bulk_and_line_by_line(page: str, cuts: list[int]) -> None:
    """A jump's mark holds the sentence it broke open (`_Repairer._jump`: the page's foot, a headline, the mark
    taking it up) and a drop cap's line runs on from its capital (`_Repairer.drop_cap`): the bulk path must judge
    the lines after a jump and a line set in under a drop cap as the line-by-line one does, in pieces too."""
    reference = _jump_paragraphs([page], bulk=False)
    assert _jump_paragraphs([page], bulk=True) == reference
    assert _jump_paragraphs(_cut(page, cuts), bulk=True) == reference
