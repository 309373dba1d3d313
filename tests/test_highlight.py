"""Placing a figure inside its sentence for the `<mark>` on the row page."""

from __future__ import annotations

from stats.publish.highlight import locate, mark_figure

SENTENCE = "全市总床位数由14.74万张增长至23.19万张。"


def test_offsets_place_the_second_of_two_figures() -> None:
    # the document offsets 17-24 minus the sentence start 0
    assert locate(SENTENCE, 0, 17, 24, "23.19万张") == (17, 24)
    assert str(mark_figure(SENTENCE, 0, 17, 24, "23.19万张")) == ("全市总床位数由14.74万张增长至<mark>23.19万张</mark>。")


def test_offsets_are_relative_to_the_sentence_start() -> None:
    assert locate("每千人口床位4.96张。", 25, 31, 36, "4.96张") == (6, 11)


def test_a_line_break_inside_the_figure_still_matches_its_quote() -> None:
    assert locate("投入资金约1.6亿\n元。", 100, 104, 111, "约1.6亿元") == (4, 11)


def test_offsets_that_do_not_fit_fall_back_to_the_quote() -> None:
    assert locate(SENTENCE, None, 0, 0, "14.74万张") == (7, 14)
    assert locate(SENTENCE, 3, 17, 24, "23.19万张") == (17, 24)


def test_a_figure_that_cannot_be_placed_is_not_marked_and_text_is_escaped() -> None:
    assert str(mark_figure("<b>无</b>", 0, 0, 3, "60万人")) == "&lt;b&gt;无&lt;/b&gt;"
    assert str(mark_figure("a<b>60万人", 0, 4, 8, "60万人")) == "a&lt;b&gt;<mark>60万人</mark>"
