"""What the blind pages p69-p70 found (data/gold/pages: 大众日报's 经济·民生 page read by pdfplumber's layout mode at a
pitch of 1.7 with its digits full width; 江门日报's 区县新闻 page read by pdfminer's boxes top to bottom at 1.8 with
every tenth line spaced out): a provincial paper's table of cities headed 市 工业增速 社零总额 under 单位：%、亿元 read
as nothing; once read, a number box's item, whose headline says 全省 and nothing else, placed by the table's first row
(济南) under it; a column's line run into the next by one space; and 全市 after a county-level city in an item
that a swept page's neighbouring headline placed. Sentences and tables invented, in the style of such pages."""

from __future__ import annotations

from stats.context.place import PlaceTracker
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_CITIES = ("1—9月部分市主要指标（单位：%、亿元）\n市 工业增速 社零总额\n临沂 8.2 3105.6\n菏泽 9.4 1420.3\n"
           "德州 7.6 1288.9\n")


def test_a_provincial_papers_table_of_cities_headed_by_a_bare_city_word(extractor: Extractor) -> None:
    """市 heads the column of cities as 城市 does; 工业增速 is a growth (its cells percent under the note's %), 社零总额
    the sum of retail sales (亿元): each cell its row's city's, in the caption's months."""
    got = _got(_run(extractor, _CITIES, "2025-10-30", source="大众日报"), "value", "measure", "role", "place",
               "period")
    assert ("8.2", 8.2, "%", "change", "临沂市", "2025M01-M09") in got
    assert ("3105.6", 310560000000.0, "元", "level", "临沂市", "2025M01-M09") in got
    assert ("9.4", 9.4, "%", "change", "菏泽市", "2025M01-M09") in got
    assert ("1288.9", 128890000000.0, "元", "level", "德州市", "2025M01-M09") in got


def test_the_same_table_with_full_width_digits(extractor: Extractor) -> None:
    """A page read with full-width digits and percent signs (１—９月…（单位：％、亿元）) gives the same cells (quoted
    folded, as every full-width number is)."""
    wide = _CITIES.translate(str.maketrans("0123456789%", "０１２３４５６７８９％"))
    got = _got(_run(extractor, wide, "2025-10-30", source="大众日报"), "value", "role", "place")
    assert ("8.2", 8.2, "change", "临沂市") in got and ("1420.3", 142030000000.0, "level", "菏泽市") in got


def test_an_unknown_head_word_still_reads_no_table(extractor: Extractor) -> None:
    """A column word that is no known one (工业指数) leaves the table unread: a cell is no figure where the head does
    not say what it counts."""
    text = _CITIES.replace("工业增速", "工业指数")
    assert not [f for f in _run(extractor, text, "2025-10-30", source="大众日报") if f["quote"] == "8.2"]


def _area(extractor: Extractor, titles: list[str], body: list[str]) -> str | None:
    area, _ = PlaceTracker.article_area(extractor.situator.gazetteer, None, "大众日报", "", titles, body)
    return area.name if area else None


def test_a_headline_whose_only_place_is_the_whole_province_places_the_item_there(extractor: Extractor) -> None:
    """数据·1—9月全省经济运行 over a box whose body's first place is a table's first city (济南 8.1 2105.6): the box
    is the province's, as its headline says, not that city's."""
    assert _area(extractor, ["数据·1—9月全省经济运行"], ["济南 8.1 2105.6"]) == "山东省"


def test_a_headline_comparing_with_the_province_or_naming_a_citys_whole_leaves_the_body_to_place(
        extractor: Extractor) -> None:
    """居全省首位 names the province as a base, and 全市 in a province's paper is some city's: neither says what the
    item is about, so the city its body names places it."""
    assert _area(extractor, ["远洋渔业产量居全省首位"], ["威海市远洋渔业产量46.7万吨。"]) == "威海市"
    assert _area(extractor, ["全市经济运行稳中向好"], ["济南市工业增长8.1%。"]) == "济南市"


def _row(*cells: str, at: tuple[int, ...] = (2, 40, 80)) -> str:
    """A line of columns set where pdfplumber's layout=True sets them, each cell at its column's start."""
    line = ""
    for x, cell in zip(at, cells, strict=False):
        line = line.ljust(x) + cell
    return line


def test_a_column_line_run_into_the_next_by_one_space_is_cut_at_that_columns_start(extractor: Extractor) -> None:
    """Three columns side by side; the middle one's line of many digits runs on into the right one's with one space
    after its comma (…486.2亿元， 26万亿元。): the right column's 1. on the line above goes on in its 26万亿元 (1.26万亿元),
    not the middle column's sentence into a figure of its own (26万亿元, a wrong value)."""
    text = "\n".join([
        _row("本报讯 前三季度，全省规上工业增加值", "今年以来，全省社会消费品零售总额", "金融运行平稳。9月末，全省各项存款"),
        _row("增长6.8%，增速比上半年加快0.3个", "2.15万亿元，同比增长4.9%。其中，", "余额12.46万亿元，比年初增加1."),
        _row("百分点；规上工业营业收入增长5.2%。", "网上零售额3260.8亿元，增长8.7%；跨境电商进出口额486.2亿元， 26万亿元。"),
        _row("全省工业投资增长9.1%。", "增长12.5%。", "全省各项贷款余额10.8万亿元。"),
    ]) + "\n"
    got = [(f["quote"], f["value"]) for f in _run(extractor, text, "2025-10-30", source="大众日报")]
    assert ("1.26万亿元", 1.26e12) in got and ("486.2亿元", 4.862e10) in got
    assert not any(v == 2.6e13 for _, v in got)


def test_a_whole_city_word_after_a_county_level_city_in_an_item_placed_in_its_neighbour(extractor: Extractor) -> None:
    """A swept page ran the next item's headline (台山城镇新增就业…) in over 本报讯 鹤山市…；全市…: the item is placed
    in 台山市, yet its 全市 goes on about 鹤山市, the county-level city of the same prefecture its lead speaks of; a
    city of another prefecture (佛山's 顺德 is a district, 四会市 is 肇庆's) leaves 全市 to the article's area."""
    text = ("台山城镇新增就业2860人\n本报讯（记者 李敏）今年以来，鹤山市新增规上工业企业42家；全市纺织服装产业"
            "实现产值186.5亿元，增长5.4%。\n")
    got = _got(_run(extractor, text, "2025-12-16", source="江门日报"), "value", "place")
    assert ("186.5亿元", 18650000000.0, "鹤山市") in got and ("5.4%", 5.4, "鹤山市") in got
    other = text.replace("鹤山市", "四会市")
    got = _got(_run(extractor, other, "2025-12-16", source="江门日报"), "value", "place")
    assert ("186.5亿元", 18650000000.0, "四会市") not in got
