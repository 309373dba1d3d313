"""What the probe periodprobe130 found: a span counted back, 近三年 or 近五年, opening a sentence dated the figures after
it over the years it names (近三年，全县累计新增城镇就业2.4万人 in April 2026 → 2023-2025) but the duration itself, a
figure of its own (3 年), took the document's date (2026-04): nothing stands before it in its sentence to date it.
The duration is the span it names, the same years as the figures it dates. Texts invented, in the style of counties'
work reports and news items; the other probes of the brief (a caption's 上半年, 上年结转 under 本年, 今冬明春 in
February, 目前 in December, 十四五 and 十五五末, a month then 同比, 1-11月 then 11月当月, 去年同期) already held."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


@pytest.mark.slow
def test_a_span_counted_back_is_the_years_it_names(extractor: Extractor) -> None:
    """近三年 in an April report is the full years before it, 近五年 in a December one runs to the year in force, and
    the duration takes the same years as the figure it dates (it took the document's month)."""
    cases = (
        ("2026-04-10", "近三年，全县累计新增城镇就业2.4万人。", [("近三年", "2023-2025"), ("2.4万人", "2023-2025")]),
        ("2026-04-10", "近三年来，全县新建学校12所。", [("近三年", "2023-2025"), ("12所", "2023-2025")]),
        ("2026-12-28", "近五年，全县新建农村公路860公里。", [("近五年", "2022-2026"), ("860公里", "2022-2026")]),
        ("2026-04-10", "近五年，全县地区生产总值年均增长6.1%。", [("近五年", "2021-2025"), ("6.1%", "2021-2025")]),
    )
    for published, text, want in cases:
        assert _got(_run(extractor, text, published, source="某县人民政府"), "period") == want, text


def test_a_span_counted_back_after_a_year_it_ends_on(extractor: Extractor) -> None:
    """2025年，…。近三年，… in a report of March 2026: the year the text names ends the years counted back, for the
    duration as for the figure after it; a from–to pair under it keeps its own ends."""
    text = "2025年，全县地区生产总值增长5.6%。近三年，全县累计引进项目56个。\n"
    got = _got(_run(extractor, text, "2026-03-10", source="某县人民政府"), "period")
    assert got == [("5.6%", "2025"), ("近三年", "2023-2025"), ("56个", "2023-2025")]
    text = "近三年，全县城镇居民人均可支配收入由3.2万元增加到3.8万元。\n"
    got = _got(_run(extractor, text, "2026-12-28", source="某县人民政府"), "period")
    assert got == [("近三年", "2024-2026"), ("3.2万元", "2024"), ("3.8万元", "2026")]
