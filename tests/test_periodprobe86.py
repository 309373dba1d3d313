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
