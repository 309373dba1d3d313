"""What the place misses of data/gold/pages showed (pagesfix2): a chart's axis labels (甲区乙区丙市…), a table's rows
(甲区 2150) or labels printed a line each, that a page's reading put among an item's headlines, were read as the
headline's place, so the item's 全市 became the city over them all (or the table's first row's district), not the
county-level city its real headline names. Headlines invented, in the style of a city paper's page."""

from __future__ import annotations

from stats.context.place import PlaceTracker
from stats.run.pipeline import Extractor
from tests.dated import dated_figures
from tests.repaired import swept

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


_BRIEFS = [
    ["■本报讯 九江市一季度", "新增专精特新企业注册登记12", "8家，全市专精特新企业总数", "达到1460家。"],
    ["■本报讯 赣州市今年将", "新建改建口袋公园45个，新增", "绿地面积180万平方米。", "■本报讯 截至3月底，上"],
    ["饶市累计建成充电桩2.6万个", "，实现县城以上区域全覆盖。", "■本报讯 萍乡市一季度", "光伏发电量达到12.4亿千瓦"],
    ["时，同比增长9.6%。"],
]


def test_a_sweeps_first_row_one_line_longer_goes_on_a_stride_and_one_on(extractor: Extractor) -> None:
    """Four columns of briefs whose last holds one line (the third column's last brief going on at its top), swept
    a row at a time: the first row has four lines, the rows after it three. The line opening with a comma
    (，实现…) can go on only from the line four back, so that row's lines go on four on: each brief keeps its own
    lines (九江市's 128家, 赣州市's plan 今年将… its targets), not the next column's."""
    text = "".join(f"{line}\n\n" for line in ["要闻简讯", *swept(_BRIEFS)])
    figs = {f["quote"]: f for f in dated_figures(extractor, text, "2024-05-16", source="江西日报")}
    assert figs["128家"]["sentence"] == "■本报讯九江市一季度新增专精特新企业注册登记128家，全市专精特新企业总数达到1460家。"
    assert (figs["128家"]["place"], figs["1460家"]["place"]) == ("九江市", "九江市")
    assert (figs["45个"]["role"], figs["180万平方米"]["role"]) == ("target", "target")
    assert figs["45个"]["place"] == "赣州市"
    assert figs["2.6万个"]["sentence"] == "饶市累计建成充电桩2.6万个，实现县城以上区域全覆盖。"


def test_a_unit_cut_in_two_at_a_column_foot_goes_on_at_the_next_columns_top(extractor: Extractor) -> None:
    """The third column's last brief breaks off inside its unit (…12.4亿千瓦 | 时，同比…) and goes on at the top of
    the fourth column, printed in the first row: 千瓦 and 时 make one unit after the number, so the seam tells the
    join, and the growth after it is 萍乡市's."""
    text = "".join(f"{line}\n\n" for line in ["要闻简讯", *swept(_BRIEFS)])
    figs = {f["quote"]: f for f in dated_figures(extractor, text, "2024-05-16", source="江西日报")}
    assert figs["12.4亿千瓦时"]["sentence"] == "■本报讯萍乡市一季度光伏发电量达到12.4亿千瓦时，同比增长9.6%。"
    assert (figs["12.4亿千瓦时"]["place"], figs["9.6%"]["place"]) == ("萍乡市", "萍乡市")
