"""What p105 and p106 of data/gold/pages still missed after pages173 (pagesfix185): a 地区 paper's table of its 县市's
jobs under 县市 (the place column's head bare, as the paper writes it) with a column of the hard-to-employ placed in
work named short (困难人员就业, not 就业困难人员实现就业). Sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted


def test_a_table_of_county_jobs_headed_by_bare_xianshi_reads_each_row(extractor: Extractor) -> None:
    """县市 heads the place column (和田's 县 and 市 side by side, each row by its short form): each row's two cells are
    its division's new urban jobs and hard-to-employ placed, in the note's 人."""
    text = ("1至9月部分县市就业情况（单位：人）\n县市 城镇新增就业 困难人员就业\n"
            "洛浦 3210 466\n于田 2875 392\n")
    got = quoted(dated_figures(extractor, text, "2026-10-14", place="和田地区"), "value", "measure", "place", "metric")
    assert ("3210", 3210, "人", "洛浦县", "jobs.urban_new") in got
    assert ("466", 466, "人", "洛浦县", "jobs.assistance") in got
    assert ("2875", 2875, "人", "于田县", "jobs.urban_new") in got
    assert ("392", 392, "人", "于田县", "jobs.assistance") in got


def test_xianshi_in_a_sentence_heads_no_table(extractor: Extractor) -> None:
    """县市 in an item's sentence over a line of numbers is no table's head: nothing is read from the bare numbers."""
    text = "全地区各县市城镇新增就业稳步增长。\n洛浦 3210 466\n"
    got = quoted(dated_figures(extractor, text, "2026-10-14"), "value")
    assert not any(v in (3210, 466) for _, v in got)
