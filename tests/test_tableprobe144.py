"""When a table's change columns apply, and what its rows measure (tableprobe144): invented tables as text readers
give them. A change column after one year column (2025年 比上年增减 / 同比 / 增长（%）) is that year's change, not
of the month the text is published in; a caption run into its head (its line joined to the head's) that ends in the
head's own column word (2025年各县区床位数 / 地区 床位数（张）) opens no head in the caption."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_SLOW = pytest.mark.slow


@pytest.mark.parametrize(("change", "cell"), [("比上年增减", "120"), pytest.param("同比", "4.4%", marks=_SLOW),
                                              pytest.param("同比增长", "4.4%", marks=_SLOW)])
def test_a_change_column_after_one_year_column_is_that_years(extractor: Extractor, change: str, cell: str) -> None:
    """指标 单位 2025年 比上年增减 in a brief published 2026-01 whose title names no year: the change is 2025's over
    2024 (GUIDE.md, Period: the time the figure is about), as where two year columns stand before it."""
    text = f"某县卫健局\n\n指标 单位 2025年 {change}\n床位数 张 2860 {cell}\n执业医师 人 1060 35\n"
    got = _got(_run(extractor, text, "2026-01-15"), "role", "period")
    assert got[:2] == [("2860", "level", "2025"), (cell, "change", "2025")]
    assert {p for _, _, p in got} == {"2025"}


@pytest.mark.parametrize("head", ["地区 床位数（张）", pytest.param("县区 床位数（张）", marks=_SLOW)])
def test_a_numbered_caption_ending_in_the_heads_word_run_into_the_head(extractor: Extractor, head: str) -> None:
    """表3 2025年各县区床位数 / 地区 床位数（张）, the two lines joined: the head opens at 地区, not at the caption's 县区
    (whose columns would be 床位数 and 地区床位数): each place's beds."""
    text = f"某市2025年卫生健康统计公报\n\n表3 2025年各县区床位数\n{head}\n全市 12860\n宁乡市 3120\n"
    got = _got(_run(extractor, text, "2026-04-10"), "value", "measure", "period", "metric")
    assert got == [("12860", 12860, "张", "2025", "beds.total"), ("3120", 3120, "张", "2025", "beds.total")]


def test_the_same_with_a_change_column(extractor: Extractor) -> None:
    """… and with 比上年增长（%） after it: each place's beds and their growth, of the caption's year."""
    text = ("长沙市2025年卫生健康统计公报\n\n表3 2025年各区县床位数\n地区 床位数（张） 比上年增长（%）\n"
            "全市 12860 3.2\n宁乡市 3120 2.1\n")
    got = _got(_run(extractor, text, "2026-04-10"), "value", "role", "period", "place")
    assert got == [("12860", 12860, "level", "2025", "长沙市"), ("3.2", 3.2, "change", "2025", "长沙市"),
                   ("3120", 3120, "level", "2025", "宁乡市"), ("2.1", 2.1, "change", "2025", "宁乡市")]


def test_an_unnumbered_title_ending_in_the_heads_word_run_into_a_place_head(extractor: Extractor) -> None:
    """截至2025年底各区床位数 / 地区 床位数（张）: one column after a place column's head, the title ending in that
    column's word: a head (no place's name run on into a word), the beds at the year's end."""
    text = "某市卫健委信息\n\n截至2025年底各区床位数\n地区 床位数（张）\n全市 12860\n岳麓区 3120\n"
    got = _got(_run(extractor, text, "2026-02-05"), "value", "measure", "period", "metric")
    assert got == [("12860", 12860, "张", "2025", "beds.total"), ("3120", 3120, "张", "2025", "beds.total")]
