"""What the blind set data/gold/damaged16 found, and what probing the same damage further found: five county pages
damaged the way PDF extractors damage them (two articles set side by side, read across a line of each at a time;
lines broken every 20-28 characters inside numbers, 1. | 25万人, 12 | .6%, a soft hyphen in 3­ | 1260元; a headline
spaced out a character at a time and paragraphs in full-width digits, １２．５％; another item's kicker and headline
set between paragraphs; a page's running head inside an article and a jump to page 3 taken up after it; a
bulletin saved in GBK with CRLF and a page number inside it). Blind, main read every figure of the set; a growth
that 预计 governs was labelled a change in the gold and made a target (as other sets label it). Probing: a jump's
mark glued to a number and taken up on the next line (收入58.3（下转第3版） | （上接第1版）亿元) gave 58.3元; another
item's headline (and its kicker) set where a line break cut a number (出栏71. | 某某：… | 2万头) gave 2万头 and lost
71.2万头. Sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

# a column's lines as a page wraps them, 22 characters each, the third breaking off inside a number
_LINES = ["本报讯（记者 张三）11月4日，记者从某某县农业农",
          "村局获悉，前三季度，全县实现农林牧渔业总产值",
          "86.4亿元。全县生猪存栏56.8万头，出栏71.",
          "2万头，同比增长5.4%；肉牛存栏4.6万头。全县",
          "累计建成高标准农田58万亩，今年新建8.5万亩。"]


def _page(*between: str) -> str:
    """The column with `between` set after its third line, inside the number it breaks off in."""
    return "\n".join([*_LINES[:3], *between, *_LINES[3:]]) + "\n"


def test_a_jump_glued_to_a_number_and_taken_up_on_the_next_line_keeps_the_number_whole(
        extractor: Extractor) -> None:
    """…实现劳务收入58.3（下转第3版） | （上接第1版）亿元，…: the article taken up right after its jump, nothing between
    (a page run together with the page it jumps to): the marks go, the amount is 58.3亿元, not 58.3元."""
    text = "本报讯 2025年，某某县农村劳动力转移就业24.6万人，实现劳务收入58.3（下转第3版）\n（上接第1版）亿元，增长6.1%。\n"
    assert _got(_run(extractor, text, "2025-11-06", source="某某日报"), "value") == [
        ("24.6万人", 246000), ("58.3亿元", 5830000000), ("6.1%", 6.1)]


def test_a_jump_cut_inside_a_number_and_taken_up_on_the_next_line(extractor: Extractor) -> None:
    """The jump cut between a number's digits and its point (收入58（下转第3版） | （上接第1版）.3亿元): read as 58.3亿元."""
    text = "本报讯 2025年，某某县农村劳动力转移就业24.6万人，实现劳务收入58（下转第3版）\n（上接第1版）.3亿元，增长6.1%。\n"
    assert ("58.3亿元", 5830000000) in _got(_run(extractor, text, "2025-11-06", source="某某日报"), "value")


def test_another_items_headline_set_inside_a_number_is_read_after_the_paragraph(extractor: Extractor) -> None:
    """出栏71. | 某某：花卉产业产值突破30亿元 | 2万头: a line can end on a number's point only inside a number, so the
    headline is another item's set into the sentence: 71.2万头, and the headline's 30亿元 after the paragraph."""
    got = _got(_run(extractor, _page("某某：花卉产业产值突破30亿元"), "2025-11-06", source="某某日报"), "value")
    assert ("71.2万头", 712000) in got and ("突破30亿元", 3000000000) in got
    assert all(value != 20000 for _, value in got)


def test_a_kicker_and_headline_set_inside_a_number(extractor: Extractor) -> None:
    """A kicker (two phrases set apart by a space) over the headline, both inside the number: the same."""
    got = _got(_run(extractor, _page("产业兴旺　群众增收", "某某：花卉产业产值突破30亿元"), "2025-11-06",
                    source="某某日报"), "value")
    assert ("71.2万头", 712000) in got and ("突破30亿元", 3000000000) in got


def test_a_headline_inside_a_number_cut_before_its_point(extractor: Extractor) -> None:
    """…同比增长12 | 某某：花卉产业产值突破30亿元 | .6%: a line opening on a point and a digit is a number's tail."""
    text = ("本报讯（记者李四）10月14日，记者从某某县统计局获\n悉，前三季度，全县固定资产投资同比增长12\n"
            "某某：花卉产业产值突破30亿元\n.6%，其中工业投资增长21.4%，社会消费\n品零售总额45.6亿元，增长6.2%。\n")
    got = _got(_run(extractor, text, "2025-10-16", source="某某日报"), "value")
    assert ("12.6%", 12.6) in got and ("21.4%", 21.4) in got


def test_a_headline_between_sentences_stays_where_it_is(extractor: Extractor) -> None:
    """A headline under a line that ends a number whole (…8.5万亩。) is no number's inside: its own paragraph, and
    the figures on both sides as written."""
    text = ("本报讯（记者 张三）11月4日，记者从某某县农业农村局获悉，全县今年新建高标准农田8.5万亩。\n"
            "某某：花卉产业产值突破30亿元\n全县花卉种植面积达到6.2万亩，综合产值30.5亿元。\n")
    got = _got(_run(extractor, text, "2025-11-06", source="某某日报"), "value")
    assert got == [("8.5万亩", 85000), ("突破30亿元", 3000000000), ("6.2万亩", 62000), ("30.5亿元", 3050000000)]
