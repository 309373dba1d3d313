"""Two numbers one space apart that no cell holds joined (a generator of our own put them in table rows, a year then a
count, a rank then a figure, a count then a percent, and read what stats gave).

damaged25 kept a gap between two whole numbers that each stand alone (12 15万人), but two shapes still joined into a
value no cell holds: the two digits 19 or 20 before a percent (20 86.2% read 2086.2%: a year's halves are never
followed by one), and a table's two cells 20 and 15万人 on a line that shows cells (a label, then numbers to its end),
read 2015万人 since 20 15 may be a year justification split. There the halves now stay apart unless the year's word
follows them (tables.yaml year_head: 全市 20 25年 is still one year). Left joined, as before: one digit set apart
(justification's gap), a thousands gap (20 345人), 20 15万人 inside a sentence (no cells shown: it may be 2015万人
justified), and a whole number before a decimal (12 3.5%, read 123.5%: kept apart, test_layout_damage's random
justification gaps inside decimals, 44 0.93亿元, broke).

Found on the way (damaged5 scored it): a soft hyphen or zero-width space inside a number, folded to a space, was kept
as a cell gap on a line that ends in CR LF (36\\u00ad12张 read 12张): `_APART_GAP` now asks the folded line with its
zero-width marks as written; and the bulk path, asking `_NEEDS_LOOK` of the line as written, missed a full-width digit
after a gap (全市共有企业 12 １５万人参加招聘会 read 1215万人, both on main).
Sentences invented.
"""

from __future__ import annotations

from stats.repair.layout import repair_stream
from stats.rules.rulefile import load_rules
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

LEX = load_rules().lexicon


def _values(extractor: Extractor, text: str) -> list[tuple]:
    return _got(_run(extractor, text, "2026-01-20"), "value")


def test_a_years_halves_before_a_percent_are_two_numbers(extractor: Extractor) -> None:
    """19 or 20, a gap, two digits and a percent: no year is followed by a percent sign, so no 2086.2% nor 2015%."""
    assert _values(extractor, "城镇新增就业 20 86.2%\n") == [("86.2%", 86.2)]
    assert _values(extractor, "全市共有企业 19 15%参加招聘会。") == [("15%", 15)]


def test_a_years_halves_in_a_line_of_cells_are_two_cells_unless_the_year_word_follows(extractor: Extractor) -> None:
    """城镇新增就业 20 15万人 shows a label and two cells: 15万人, no 2015万人; with the year's word after the two digits the
    halves are still one year (全市 20 25年 12万人: 2025年, no 25年 read); in a sentence they are joined as before."""
    assert _values(extractor, "城镇新增就业 20 15万人\n") == [("15万人", 150000)]
    assert _values(extractor, "2024年 19 12.3万人\n") == [("12.3万人", 123000)]
    assert _values(extractor, "新增就业人数 万人 20 15万人 12.6\n")[0] == ("15万人", 150000)
    got = _got(_run(extractor, "全市 20 25年 12万人\n", "2026-01-20"), "value", "period")
    assert got == [("12万人", 120000, "2025")]
    assert _values(extractor, "全市 20 25年新增就业1万人。") == [("1万人", 10000)]


def test_the_kept_gaps_are_the_same_on_the_bulk_path_and_line_by_line(extractor: Extractor) -> None:
    """Lines holding such gaps are looked at alone by the bulk path too: both give one text, each gap kept."""
    page = "全市主要指标如下，\n城镇新增就业 20 15万人\n调查失业率 12 15%\n其中青年就业占 20 86.2%。\n"
    texts = ["".join(p.text for p in repair_stream([page], LEX.article_start, LEX.sentence_end, closing=LEX.closing,
                                                   complete=LEX.line_complete, tables=extractor.tables,
                                                   bulk=bulk))
             for bulk in (True, False)]
    assert texts[0] == texts[1]
    assert "20 15万" in texts[0] and "12 15%" in texts[0] and "20 86.2%" in texts[0]


def test_a_mark_that_prints_nothing_inside_a_number_is_no_gap(extractor: Extractor) -> None:
    """A soft hyphen or a zero-width space inside a number prints nothing: the number is one (36\\u00ad12张 is 3612张),
    where the line ends in CR LF too (the fold made the mark a space, which `_APART_GAP` then kept as a cell gap)."""
    assert _values(extractor, "全县医院实有床位36\u00ad12张，增长7.1%。\r\n") == [("3612张", 3612), ("7.1%", 7.1)]
    # (a space proper, seen, still keeps two cells apart on such a line)
    assert _values(extractor, "全县医院实有床位 36 12张\r\n") == [("12张", 12)]


def test_full_width_digits_one_space_apart_are_kept_apart_in_a_sentence_too(extractor: Extractor) -> None:
    """The bulk path looks at a line alone where its gap may be kept (`_NEEDS_LOOK`, asked of the line as written): a
    full-width digit after the gap is such a line too, else it joined two numbers (１２ １５万人 read 1215万人)."""
    assert _values(extractor, "全市共有企业 12 １５万人参加招聘会。") == [("15万人", 150000)]
    assert _values(extractor, "全市共有企业 １２ １５万人参加招聘会。") == [("15万人", 150000)]
    # (a year's halves in full width are one year still)
    assert _values(extractor, "全市 ２０ ２５年新增就业1万人。") == [("1万人", 10000)]
