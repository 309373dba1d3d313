"""Placing a figure inside its sentence for the `<mark>` on the row page."""

from __future__ import annotations

import regex

from stats.publish.highlight import locate, mark_figure, mark_figures

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


def test_every_figure_of_a_text_is_marked_and_linked() -> None:
    # offsets are into the document; the text starts at 100
    text = "全年新增就业60万人，同比增长5%。\n城镇调查失业率5.5%左右。"
    figures = [
        ("d:126-132", 126, 132, "5.5%左右"),
        ("d:106-110", 106, 110, "60万人"),
        ("d:115-117", 115, 117, "5%"),
        ("d:107-110", 107, 110, "0万人"),  # overlaps the one before: left alone
    ]
    html = str(mark_figures(text, 100, figures, lambda figure_id: f"/f/{figure_id}"))
    assert html.count("<mark>") == 3
    assert '<a class="stats-figure" href="/f/d:106-110" title="d:106-110"><mark>60万人</mark></a>' in html
    assert "<mark>5%</mark>" in html and "<mark>5.5%左右</mark>" in html
    assert html.replace("</mark></a>", "").count("\n") == 1  # the line break stays
    assert regex.sub(r"<[^>]+>", "", html) == text
