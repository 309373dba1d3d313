"""The bulk layout path and the line-by-line one agree after a jump's mark and under a drop cap (issue 13, speed54).

The bulk path (`_Lines._page`, `_Repairer.run`) took the lines after a jump to another page (（下转第2版）) as plain
lines: a headline set over the mark taking the sentence up (（上接第1版）) was run into the text and the sentence broken
off at the jump never taken up. Line by line (`_Repairer._jump`) the headline is held and the sentence goes on past
the mark; but a line set in that broke off at an opening quote (…强调把“稳”和“) was held as a headline too, and set
apart from the line that goes on with it. And a line set in under one Han character alone (a drop cap, 五 | ␣␣峰新闻网讯…)
opened a paragraph in bulk, where line by line it goes on from its capital. Sentences invented, in the style of
newspaper pages read back from PDFs.

Then speed53's trial of the column stage (its form 1): `Swept.bulk` lets the layout repair skip the column stage for a
page's first whole windows while every line of them passes it; a window holding one line that does not (a byline
spaced out with a gutter in it, 本 报 记 者   李 明) sent it and every window after it through the stage and the
repairer a line at a time, though the stage hands such a byline on whole, only a line later. `_Lines._dried` tries the
windows past the bulk lines on a copy of the stage (`Columns.trial`): those whose every piece is its own line,
unchanged and marked as opening nothing, the stage holding none at the window's end, go in bulk too. Paragraphs and
offsets must be those of the line-by-line path (`repair_stream(..., bulk=False)`) on the pages written here, and those
of the bulk path without the trials on any generated page, wherever the stream is cut: the trials change where lines
are repaired, never what comes of them.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import stats.repair.layout as layout
from stats.repair.columns import Columns
from stats.repair.interleave import MAX_CHARS, MAX_LINES, Interleave, window_ends
from stats.repair.layout import repair_stream
from stats.rules.rulefile import load_rules
from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted
from tests.test_layout_bulk import JUMP_LINES

LEX = load_rules().lexicon
JUMP = "本报讯 今年前三季度，全县规模以上工业技术改造投资增\n（下转第2版）\n\n"


def _texts(extractor: Extractor, page: str, bulk: bool) -> list[str]:
    """The paragraphs of a page as the pipeline repairs it (its jump marks, page notes and tables too)."""
    lex = extractor.rules.lexicon
    return [p.text for p in repair_stream([page], lex.article_start, lex.sentence_end, closing=lex.closing,
                                          complete=lex.line_complete, bulk=bulk, alone=lex.running_head,
                                          heading=lex.heading, tables=extractor.tables, ends=lex.article_end,
                                          jump_in=lex.jump_in, clause_end=lex.clause_end, page_note=lex.page_note)]


def _both(extractor: Extractor, page: str) -> list[str]:
    bulk = _texts(extractor, page, True)
    assert bulk == _texts(extractor, page, False)
    return bulk


def test_a_headline_over_the_mark_taking_a_jumped_sentence_up_is_set_after_it_in_bulk(extractor: Extractor) -> None:
    """…投资增 | （下转第2版） | 县医疗卫生服务能力持续提升 | （上接第1版）长21.3%: the sentence goes on past the mark, the
    headline (its indent dropped) after its paragraph; the figure is the investment's growth, in its sentence."""
    for indent in ("", "  "):
        page = JUMP + f"{indent}县医疗卫生服务能力持续提升\n\n{indent}（上接第1版）长21.3%，新增床位120张。\n"
        assert _both(extractor, page) == ["本报讯今年前三季度，全县规模以上工业技术改造投资增长21.3%，新增床位120张。",
                                          "县医疗卫生服务能力持续提升"]
    got = quoted(dated_figures(extractor, page, "2026-10-16", "某某日报"), "role", "sentence_id")
    assert got == [("21.3%", "change", "text/a01/s001"), ("120张", "level", "text/a01/s001")]


def test_a_headline_after_a_jump_with_no_mark_under_it_stays_a_paragraph_of_its_own(extractor: Extractor) -> None:
    """The jump's article went on elsewhere: the headline under the page's foot and the lead under it are two
    paragraphs in bulk as line by line (the bulk path had run them together)."""
    for indent in ("", "  "):
        page = (f"全县规模以上工业技术改造投资增\n（下转第2版）\n\n{indent}全县召开就业工作推进会议\n\n"
                f"{indent}全县新增床位120张，比上年增长百分之八。\n")
        assert _both(extractor, page) == ["全县规模以上工业技术改造投资增", "全县召开就业工作推进会议",
                                          "全县新增床位120张，比上年增长百分之八。"]


def test_a_line_after_a_jump_broken_off_at_an_opening_quote_is_no_headline(extractor: Extractor) -> None:
    """…强调要把“稳增长”和“ | | ␣␣调结构”统一起来: a line ending on an opening quote or bracket is cut mid-phrase, no
    headline held over a mark (line by line it was set apart, the bulk path ran it on); it runs on, filling its
    column, as it does with no jump above it."""
    for open_, close in (("“", "”"), ("（", "）")):
        said = f"县委书记在全县经济工作推进会议上强调要把{open_}稳增长{close}和{open_}"
        rest = f"调结构{close}统一起来，新增床位120张。"
        lines, joined = f"  {said}\n\n  {rest}\n", said + rest
        assert _both(extractor, JUMP + lines)[1:] == [joined]
        assert _both(extractor, JUMP.replace("（下转第2版）\n", "") + lines)[1:] == [joined]


def test_a_line_set_in_under_a_drop_cap_goes_on_from_it_in_bulk(extractor: Extractor) -> None:
    """五 | ␣␣␣␣峰新闻网讯…: the capital is the paragraph's first character, set in past by the lines beside it; a short
    line set in under one character alone (a vertical headline's) still opens a paragraph."""
    page = "五\n    峰新闻网讯（记者 王红）截至2025年底，全县医疗卫生机构实有床位1526张。\n"
    assert _both(extractor, page) == ["五峰新闻网讯（记者王红）截至2025年底，全县医疗卫生机构实有床位1526张。"]
    assert _both(extractor, "业\n  全县新增城镇就业岗位3200个。") == ["业全县新增城镇就业岗位3200个。"]
    assert _both(extractor, "业\n  全县\n") == ["业", "全县"]
    assert _both(extractor, "新增就业\n  全县新增城镇就业岗位3200个。") == ["新增就业", "全县新增城镇就业岗位3200个。"]


# -- the trial of the column stage (speed53's form 1) ----------------------------------------------------

BYLINE = "  □ 本 报 记 者   李 明"  # a byline spaced out, a gutter before the name: the stage holds it a line
BODY = ["  全市新增城镇就业岗位", "1.2万个，同比增长5.6%，完成", "年度目标的62%。", "  今年以来，全市持续推进",
        "稳岗扩岗，发放补贴3860万元。"]
GLUED = "为 单 位 划 分 网 格   1 2 0 8   个 ， 进"  # spaced digits between gutters: the stage cuts the line


def _pars(pieces: list[str], bulk: bool, tables: object) -> list[tuple]:
    """The paragraphs of the pieces, with their offsets and where each opened."""
    return [(p.start, p.text, list(p.offsets), p.opened_at) for p in repair_stream(
        pieces, LEX.article_start, LEX.sentence_end, closing=LEX.closing, complete=LEX.line_complete, bulk=bulk,
        alone=LEX.running_head, heading=LEX.heading, tables=tables, byline=LEX.byline,
        clause_end=LEX.clause_end, number_words=LEX.number_words, ends=LEX.article_end, jump_in=LEX.jump_in,
        page_note=LEX.page_note)]


def _untried(pieces: list[str], tables: object) -> list[tuple]:
    """The paragraphs as the bulk path gave them before the trials (`_dried` never extending the bulk lines)."""
    real = layout._Lines._dried
    layout._Lines._dried = lambda self, lines, starts, folded, m, final: (m, None)  # type: ignore[method-assign]
    try:
        return _pars(pieces, True, tables)
    finally:
        layout._Lines._dried = real  # type: ignore[method-assign]


@pytest.fixture
def dried(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """(m, end) of every trial `_page` made: the lines lines[m:end] went in bulk past the stage's own bulk ones."""
    made: list[tuple[int, int]] = []
    real = layout._Lines._dried

    def spy(self: layout._Lines, lines: list[str], starts: list[int], folded: str, m: int,
            final: bool) -> tuple[int, Columns | None]:
        end, stage = real(self, lines, starts, folded, m, final)
        made.append((m, end))
        return end, stage

    monkeypatch.setattr(layout._Lines, "_dried", spy)
    return made


def _joined(*blocks: list[str]) -> str:
    return "\n".join(line for block in blocks for line in block)


def test_a_window_holding_a_spaced_byline_goes_in_bulk_as_line_by_line(extractor: Extractor,
                                                                     dried: list[tuple[int, int]]) -> None:
    page = _joined(BODY, [BYLINE, ""], BODY, BODY)
    reference = _pars([page], False, extractor.tables)
    assert not dried  # (line by line: no trial)
    assert _pars([page], True, extractor.tables) == reference
    # (`Swept.bulk` takes the lines above the byline in bulk, the text ending in a window as it came: the trial the rest)
    assert dried and dried[-1] == (len(BODY), len(page.split("\n")))
    texts = [p[1] for p in reference]
    assert any(t.startswith("□本报记者") for t in texts) and any("1.2万个" in t for t in texts)
    # read in pieces (a line held for the next piece, windows cut where the pieces end): the same paragraphs
    for cut in (5, len(page) // 2, len(page) - 3):
        assert _pars([page[:cut], page[cut:]], True, extractor.tables) == reference


def test_a_line_the_stage_cuts_ends_the_trial_and_its_window_goes_line_by_line(
        extractor: Extractor, dried: list[tuple[int, int]]) -> None:
    """Spaced digits between gutters are cut into pieces, each marked as opening a fragment: the interleave may
    judge that window otherwise than as it came, so the trial stops before it, and the page reads as line by line."""
    page = _joined(BODY, [BYLINE, ""], BODY, [GLUED], BODY)
    assert _pars([page], True, extractor.tables) == _pars([page], False, extractor.tables)
    assert dried and all(end == m for m, end in dried)  # (one window, the cut line in it: nothing tried is kept)


def test_whole_windows_before_a_cut_line_go_in_bulk(extractor: Extractor, dried: list[tuple[int, int]]) -> None:
    """A first window of MAX_LINES lines with a byline in it goes in bulk; the window after it, holding a line the
    stage cuts, goes line by line from where the first one ended, as the interleave's windows do."""
    # (paragraphs of four lines between blank lines: `Swept.bulk` takes none of the lines above the byline, whose
    # window, the lines after it each opening a fragment, would be swept; line by line that window is not)
    first = [BODY[k % 4] if k % 5 else "" for k in range(MAX_LINES)]
    first[3] = BYLINE
    page = _joined(first, BODY, [GLUED], BODY)
    assert _pars([page], True, extractor.tables) == _pars([page], False, extractor.tables)
    assert dried == [(0, MAX_LINES)]


def test_a_window_holding_a_jump_and_a_drop_cap_goes_in_bulk_as_line_by_line(
        extractor: Extractor, dried: list[tuple[int, int]]) -> None:
    """The shapes the two paths told apart before (a jump's mark, a line set in that breaks off at an opening quote,
    a drop cap over a line set in), in a window with a spaced byline the trial takes in bulk: what line by line gives."""
    shapes = ["全市规模以上工业投资增", " （下转2版）", "", "  全市在推进会上强调要把“说”和“", "",
              "  改”贯通起来，新增床位120张。", "", "业", "  全市新增城镇就业岗位3.2万个。"]
    page = _joined(BODY, [BYLINE, ""], BODY, shapes)
    reference = _pars([page], False, extractor.tables)
    assert not dried
    assert _pars([page], True, extractor.tables) == reference
    assert dried and dried[-1][1] > dried[-1][0]  # (the trial took the lines past the byline in bulk)
    texts = [p[1] for p in reference]
    assert "全市在推进会上强调要把“说”和“改”贯通起来，新增床位120张。" in texts
    assert "业全市新增城镇就业岗位3.2万个。" in texts


def test_window_ends_are_where_the_interleave_hands_its_lines_on() -> None:
    """`window_ends` counts the windows `Interleave.take` fills, lines and characters; the trial keeps to them."""
    lines = [("全市新增就业" * (k % 7 + 1)) if k % 5 else "" for k in range(2 * MAX_LINES + 50)]
    lines[MAX_LINES + 10] = "全" * (MAX_CHARS - 40)  # a window cut by its characters before its lines run out
    inter = Interleave(LEX.sentence_end, LEX.closing, LEX.line_complete)
    handed: list[int] = []
    for k, line in enumerate(lines):
        if list(inter.take((line, line, k, False))):
            handed.append(k + 1)
    assert handed and window_ends(lines) == handed
    assert window_ends(lines[:MAX_LINES - 1]) == []


def test_a_trial_of_the_stage_leaves_the_stage_as_it_was(extractor: Extractor) -> None:
    """What a trial hands on is what the stage then hands on itself, and the stage is untouched by the trial."""
    stage = Columns(None, LEX.line_complete, None, extractor.tables.head_columns, extractor.tables.labels)

    def take(cols: Columns, lines: list[str], at: int) -> Iterator[tuple]:
        for k, line in enumerate(lines):
            yield from cols.take(line, line, at + k)

    list(take(stage, [BYLINE], 0))  # the byline held
    assert not stage.idle()
    held = (list(stage.region), list(stage.pending), dict(stage.seconds))
    twin = stage.trial()
    tried = list(take(twin, ["", *BODY[:2], GLUED, *BODY[2:]], 1))
    assert (stage.region, stage.pending, dict(stage.seconds)) == held
    assert list(take(stage, ["", *BODY[:2], GLUED, *BODY[2:]], 1)) == tried


TRIAL_LINE = st.one_of(st.sampled_from([*BODY, BYLINE, GLUED, "", "", "  ", "（ 记 者   王 华 ） 本 报 讯",
                                        "指标 2025年 2024年", "全市  新增  就业", "一、工作安排", "3月15日，市委召开会议。",
                                        *JUMP_LINES]),
                 st.text(alphabet="全市新增就业1.2%。， ", max_size=14))
TRIAL_PAGE = st.lists(TRIAL_LINE, max_size=40).map("\n".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TRIAL_PAGE, st.lists(st.integers(min_value=0), max_size=3))
@example(_joined(BODY, [BYLINE, ""], BODY), [])
@example(_joined([BYLINE], BODY, [GLUED]), [40])
def test_bulk_with_trials_gives_the_paragraphs_and_offsets_of_bulk_without_them(extractor: Extractor, page: str,
                                                                                cuts: list[int]) -> None:
    """The trials change where the lines are repaired, never what comes of them: the bulk path before them is the
    reference here (it and the line-by-line path still differ on some generated pages, %. | 。 with a table reader)."""
    reference = _untried([page], extractor.tables)
    assert _pars([page], True, extractor.tables) == reference
    at = sorted({c % (len(page) + 1) for c in cuts} | {0, len(page)})
    pieces = [page[a:b] for a, b in zip(at, at[1:], strict=False)] or [page]
    assert _pars(pieces, True, extractor.tables) == _untried(pieces, extractor.tables)
