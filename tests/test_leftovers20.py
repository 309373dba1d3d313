"""Wrong results other helpers saw and left alone (leftovers20): the people and work sent to a paired partner placed
at the sender, a speaker's headline goal for the year read as a level, and a page swept line by line read in bulk.
Sentences and pages invented, in the style of the items they came from."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_the_figures_after_a_pairing_are_the_partners(extractor: Extractor) -> None:
    """萧山区2家医院与来凤县人民医院结对，派驻医生15名: the doctors serve, and the new techniques are brought in, in the
    partner county; a new item after a semicolon (萧山区3所学校…) counts the sender's own schools again."""
    text = ("本报讯 医疗教育帮扶方面，萧山区2家医院与来凤县人民医院结对，派驻医生15名，开展新技术12项；"
            "萧山区3所学校与来凤县5所学校结对，支教教师20名。")
    got = _got(_run(extractor, text, "2026-07-10", source="来凤县人民政府"), "place")
    assert got == [("2家", "萧山区"), ("15名", "来凤县"), ("12项", "来凤县"), ("3所", "萧山区"), ("5所", "来凤县"),
                   ("20名", "来凤县")]


def test_a_clause_naming_its_own_place_after_a_pairing_keeps_it(extractor: Extractor) -> None:
    """The clause after the pairing names its own subject (萧山区投入…): the figure is that place's; and a partner of a
    comparison (与来凤县相比) pairs nothing."""
    text = "本报讯 萧山区与来凤县结对以来，萧山区累计投入帮扶资金860万元。"
    got = _got(_run(extractor, text, "2026-07-10", source="萧山日报"), "place")
    assert got == [("860万元", "萧山区")]
    text = "本报讯 今年萧山区新增城镇就业1.2万人，与来凤县相比，多出8000人。"
    got = _got(_run(extractor, text, "2026-07-10", source="萧山日报"), "place")
    assert got == [("1.2万人", "萧山区"), ("8000人", "萧山区")]


def _roles(extractor: Extractor, text: str, published: str) -> list[tuple[str, str]]:
    return _got(_run(extractor, text, published, source="台州日报"), "role")


def test_a_speakers_headline_of_the_years_figure_with_a_bound_is_a_goal(extractor: Extractor) -> None:
    """【两会访谈】…县长李华：今年新增城镇就业6500人以上, glued to the body's opening quote: the goal the speaker sets
    for the year (roles.yaml target.headline_goal); the body's figures of last year stay results."""
    text = ("【两会访谈】省人大代表、仙居县县长李华：今年新增城镇就业6500人以上\n"
            "“今年，仙居县将继续加大民生投入。”李华说，2025年仙居县城镇新增就业6820人。")
    assert _roles(extractor, text, "2026-01-22") == [("6500人以上", "target"), ("6820人", "level")]


def test_the_same_words_in_an_interviews_body_or_of_the_months_so_far_stay_results(extractor: Extractor) -> None:
    """An answer in the body (王强答：今年全县新增…。) ends on a sentence's mark, and 今年以来 runs to now: results."""
    text = "记者：今年就业情况如何？\n王强答：今年全县新增城镇就业6500人以上。"
    assert _roles(extractor, text, "2026-12-20") == [("6500人以上", "level")]
    text = "仙居县县长李华：今年以来新增城镇就业6500人以上\n本报讯 记者从县人社局获悉。"
    assert _roles(extractor, text, "2026-09-20") == [("6500人以上", "level")]


def test_a_swept_page_ending_in_lines_with_gutters_is_read_alike_in_bulk_and_line_by_line() -> None:
    """Lines standing alone between blank lines, the last ones glued rows with a gutter: the column stage cuts those
    at their gutters, and the interleave sweeps the page (enough blank lines). The bulk path judged the window with
    the gutter lines' pieces but without the blank lines among them, took it for one handed on as it came, and read
    the page's head in bulk: the paragraphs came out otherwise than line by line (`Swept.bulk`)."""
    from tests.test_layout_bulk import _paragraphs

    page = "\n\n\n\n\n仙居\n\n县城\n\n全县全县全县全县\n新增就业  仙居\n\n全县\n全县全县  仙居"
    assert _paragraphs([page], bulk=True) == _paragraphs([page], bulk=False)
