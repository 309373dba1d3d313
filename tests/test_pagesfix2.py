"""What the place misses of data/gold/pages showed (pagesfix2): a chart's axis labels (甲区乙区丙市…), a table's rows
(甲区 2150) or labels printed a line each, that a page's reading put among an item's headlines, were read as the
headline's place, so the item's 全市 became the city over them all (or the table's first row's district), not the
county-level city its real headline names. Headlines invented, in the style of a city paper's page."""

from __future__ import annotations

from stats.context.place import PlaceTracker
from stats.run.pipeline import Extractor

_HEAD = "兴宁市茶叶产业园建设提速"


def _area(extractor: Extractor, titles: list[str]) -> str | None:
    area, _ = PlaceTracker.article_area(extractor.situator.gazetteer, None, "梅州日报", "本报讯", titles, [])
    return area.name if area else None


def test_a_charts_axis_labels_over_a_headline_do_not_place_the_item(extractor: Extractor) -> None:
    """The chart's labels, five places run together, say nothing of where the item below stands: its headline's
    county-level city does."""
    assert _area(extractor, ["1500", "0", "梅江区梅县区兴宁市平远县蕉岭县", _HEAD]) == "兴宁市"


def test_a_tables_rows_over_a_headline_do_not_place_the_item(extractor: Extractor) -> None:
    """A table's rows (a place and its number) read before the item's headline: the table's first row is no
    headline of the item."""
    rows = ["上半年各县（市、区）新增就业（人）", "梅江区 2150", "梅县区 1380", "兴宁市 3120"]
    assert _area(extractor, [*rows, "梅县区养老服务扩容提质"]) == "梅县区"


def test_a_charts_labels_printed_a_line_each_do_not_place_the_item(extractor: Extractor) -> None:
    """The labels printed a line each (梅江区 | 梅县区 | …): a run of lines naming one place and nothing else."""
    assert _area(extractor, ["1500", "梅江区", "梅县区", "兴宁市", "平远县", _HEAD]) == "兴宁市"


def test_a_headline_of_one_place_alone_or_in_words_still_places_the_item(extractor: Extractor) -> None:
    """A headline that says something of its place is kept, and so is a one-line headline naming one place
    alone (no run of labels): the item is that place's."""
    assert _area(extractor, [_HEAD]) == "兴宁市"
    assert _area(extractor, ["1500", "兴宁市", _HEAD]) == "兴宁市"
    assert _area(extractor, ["平远县"]) == "平远县"
