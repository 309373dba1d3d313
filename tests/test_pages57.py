"""What the blind pages p57-p58 found (data/gold/pages: 滨州日报's 经济 page read by pdfplumber's layout mode, 汕头特区晚报's
社区·民生 page read by pypdf): a table of the counties under a caption that names its units (（单位：亿元、%）) gave
nothing, its column 营业收入 no word the table reader knew; an advert box's prices (原价…，现价…；…元起，再减…元) were
read as figures, which no statistics table wants; and two items' headlines printed side by side on one line, each
over its own columns, both named the first item (a story continued from page 1, （上接第1版）, with no place in its
text), so the second item's county (邹平市) placed the first's figures. Sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_COUNTY_TABLE = (
    "前三季度各县（市、区）规上工业营业收入及增速（单位：亿元、%）\n"
    "县（市、区）        营业收入        同比增长\n"
    "甲城区              512.4           6.2\n"
    "乙阳县              286.9           7.8\n"
)


def test_a_table_of_revenue_by_county_reads_its_units_from_the_caption(extractor: Extractor) -> None:
    """营业收入 heads a level column (tables.yaml columns): under 单位：亿元、% its cells are 亿元, the growth column's %,
    each of its row's county."""
    got = _got(_run(extractor, _COUNTY_TABLE, "2025-10-23", source="某某日报"), "value", "unit", "role")
    assert got == [("512.4", 51240000000.0, "CNY", "level"), ("6.2", 6.2, "percent", "change"),
                   ("286.9", 28690000000.0, "CNY", "level"), ("7.8", 7.8, "percent", "change")]


def test_an_offers_prices_are_no_figures(extractor: Extractor) -> None:
    """A price before and after a markdown, a price offers start from, a cut on top: none is a figure; a price the
    news reports stays (exclusions.yaml exclude.offer_price)."""
    ad = "广告\n洗牙套餐原价300元，现价168元；儿童涂氟39元起，凭本报再减20元。\n预约电话：0000-12345678\n"
    assert _run(extractor, ad, "2025-11-14", source="某某晚报") == []
    news = "本报讯 今年以来，全市新房成交均价每平方米1.2万元，二手房售价下降3.1%。"
    assert [f["quote"] for f in _run(extractor, news, "2025-11-14", source="某某晚报")] == ["1.2万元", "3.1%"]


# two items set side by side, as a layout-keeping extractor prints them: one line of both headlines, then the
# first item's two columns and the second's two, row by row (the first a story continued from page 1)
_PAIR = [
    "前三季度东营港货物吞吐量突破3000万吨                广饶县纺织产业提质增效",
    "",
    "  （上接第1版）港口集团持续      目前，东营港已建成生产性泊       本报讯（记者 王某）前       今年以来，广饶县新签约纺织",  # noqa: E501
    "加密航线，新开通集装箱航线     位16个。按照规划，到2027年    三季度，广饶县纺织产业实现      项目12个，总投资45亿元。",
    "5条，完成集装箱吞吐量21.6万    全港货物吞吐量将达到5000万    营业收入182.5亿元，增长8.4",
    "标准箱，同比增长12.3%。         吨。                         %。",
]


def test_headlines_side_by_side_name_one_item_each(extractor: Extractor) -> None:
    """The second headline of the line is the other item's, set aside (segment's `_own_heads`): the continued
    story's figures are not of 广饶县 (its county's name stands in no sentence of theirs; read in, the headline
    carried it on), the other item's are."""
    text = "某某日报 2025年10月23日 星期四 第2版 经济\n\n" + "\n".join(_PAIR) + "\n"
    got = dict(_got(_run(extractor, text, "2025-10-23", source="东营日报"), "place"))
    assert got["5条"] == got["21.6万标准箱"] == got["12.3%"] == "东营市"
    assert got["5000万吨"] == "东营市"
    assert got["182.5亿元"] == got["45亿元"] == "广饶县"
