"""The bulk layout path and the line-by-line one agree after a jump's mark and under a drop cap (issue 13, speed54).

The bulk path (`_Lines._page`, `_Repairer.run`) took the lines after a jump to another page (（下转第2版）) as plain
lines: a headline set over the mark taking the sentence up (（上接第1版）) was run into the text and the sentence broken
off at the jump never taken up. Line by line (`_Repairer._jump`) the headline is held and the sentence goes on past
the mark; but a line set in that broke off at an opening quote (…强调把“稳”和“) was held as a headline too, and set
apart from the line that goes on with it. And a line set in under one Han character alone (a drop cap, 五 | ␣␣峰新闻网讯…)
opened a paragraph in bulk, where line by line it goes on from its capital. Sentences invented, in the style of
newspaper pages read back from PDFs.
"""

from __future__ import annotations

from stats.repair.layout import repair_stream
from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted

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
