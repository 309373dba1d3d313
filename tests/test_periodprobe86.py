"""Periods of short news items of invented wording (periodprobe86): the forms that decide a figure's period in an
item published near the year's turn, beside a word for the time of writing, a holiday or a plan's years."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _quoted


def quoted(figs: list[dict], *keys: str) -> list[tuple]:
    """As `tests.dated.quoted`, an empty period (null in the table) written ""."""
    return [tuple("" if v is None else v for v in row) for row in _quoted(figs, *keys)]


def test_a_word_for_now_leaves_a_january_whole_year_the_year_just_over(extractor: Extractor) -> None:
    """日前，…发布数据，全县全年实现… in an item of January 2026: 日前 dates the release, 全年 closes 2025; so in the
    sentence after a now-word too. In an item of June the whole year is the document's own."""
    text = "某县转移就业\n日前，某县人社局发布数据，全县全年实现农村劳动力转移就业21.6万人，其中县外转移14.3万人。"
    assert quoted(_run(extractor, text, "2026-01-06"), "period") == [("21.6万人", "2025"), ("14.3万人", "2025")]
    text = "某县就业\n近日，记者从某县人社局获悉。全年全县城镇新增就业1.26万人，完成目标任务的105%。"
    assert quoted(_run(extractor, text, "2026-01-20"), "period")[0] == ("1.26万人", "2025")
    text = "某县转移就业\n日前，某县人社局发布数据，全县全年计划实现农村劳动力转移就业22万人。"
    assert quoted(_run(extractor, text, "2026-06-06"), "period") == [("22万人", "2026")]


def test_the_festival_in_a_december_item_is_the_coming_one(extractor: Extractor) -> None:
    """春节期间，…将组织… in an item of December 2026: the festival ahead, 2027 (as 春节前 there); in February 2026 the
    festival just held, 2026; written after a year (去年春节期间) that year's."""
    text = "某县返乡就业\n春节期间，某县将组织返乡人员招聘会15场，计划提供岗位6000个。"
    assert quoted(_run(extractor, text, "2026-12-22"), "period") == [("15场", "2027"), ("6000个", "2027")]
    text = "某县文旅\n春节期间，某县共接待游客52.6万人次。"
    assert quoted(_run(extractor, text, "2026-02-28"), "period") == [("52.6万人次", "2026")]
    text = "某县春运\n春运期间，预计某县发送旅客36万人次。"
    assert quoted(_run(extractor, text, "2026-12-26"), "period") == [("36万人次", "2027")]


def test_one_year_looked_back_on_in_december_is_the_year_now_closing(extractor: Extractor) -> None:
    """一年来 in a year-end review of December 2026: 2026; in a report of January 2026 the year just over. (过去一年
    counts back one year whatever the month: tests/test_place_period.py holds it to the year before in December.)"""
    text = "某县就业\n一年来，某县城镇新增就业6800人，完成全年目标的113%。"
    assert quoted(_run(extractor, text, "2026-12-20"), "period") == [("6800人", "2026"), ("113%", "2026")]
    assert quoted(_run(extractor, text, "2026-01-10"), "period") == [("6800人", "2025"), ("113%", "2025")]


def test_since_this_years_start_in_januarys_first_days_is_the_year_just_over(extractor: Extractor) -> None:
    """今年以来，…完成全年目标任务的108% in an item of 2026-01-08 (no dateline): written in December, 2025; in an item
    of 2026-01-27 the weeks of 2026 so far; 今年 alone (a plan, a level set for the year) keeps the document's year."""
    text = "某市就业\n今年以来，某市城镇新增就业4860人，完成全年目标任务的108%。"
    assert quoted(_run(extractor, text, "2026-01-08"), "period") == [("4860人", "2025"), ("108%", "2025")]
    text = "某市招聘\n今年以来，某市已组织返乡人员专场招聘会3场，提供岗位2100个。"
    assert quoted(_run(extractor, text, "2026-01-27"), "period") == [("3场", "2026"), ("2100个", "2026")]
    text = "某市医保\n今年，某市城乡居民医保个人缴费标准为每人每年400元。"
    assert quoted(_run(extractor, text, "2026-01-06"), "period") == [("400元", "2026")]


def test_an_item_opening_on_since_this_years_start_in_january_speaks_from_december(extractor: Extractor) -> None:
    """今年以来… opening an item of 2026-01-05, then 明年，…将力争…: written in December 2025, next year is 2026, not
    2027; the same item on 2026-02-05 speaks from its own date."""
    text = "某市就业\n今年以来，某市城镇新增就业7600人。明年，全市将力争新增城镇就业8000人。"
    assert quoted(_run(extractor, text, "2026-01-05"), "period") == [("7600人", "2025"), ("8000人", "2026")]
    assert quoted(_run(extractor, text, "2026-02-05"), "period") == [("7600人", "2026"), ("8000人", "2027")]
