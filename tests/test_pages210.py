"""What the blind pages p115 and p116 of data/gold/pages showed (pages210): a national 卫健 行业报's 地方 page read by
pdfminer with tight margins, LAParams(line_margin=0.2, char_margin=1.0), its lines each a box and the columns interleaved a
line at a time (健康报-style, 海南, at 1.7, a new setting), and a county paper's 要闻 page read by pdfplumber's plain text
with a y_tolerance of 1 (今日容县-style, 广西, at 1.3, a new tolerance).

BLIND

FINAL

LEFT
Sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted


def _got(extractor: Extractor, lines: list[str], published: str, source: str) -> list[tuple]:
    return quoted(dated_figures(extractor, "\n".join(lines) + "\n", published, source), "value", "role", "metric",
                  "place")


def test_a_towns_table_of_output_and_sales_reads(extractor: Extractor) -> None:
    """镇 产量 销量 under （单位：万吨）: each town's crop and what it sold, masses in the note's unit, the county's."""
    got = _got(extractor, ["今日容县 2026年8月12日 星期三 第2版 经济", "上半年部分镇沙田柚生产（单位：万吨）",
                           "镇 产量 销量", "自良镇 6.8 5.2", "杨梅镇 4.6 3.9"], "2026-08-12", "今日容县")
    for quote in ("6.8", "5.2", "4.6", "3.9"):
        assert (quote, round(float(quote) * 1e4), "level", "容县") in {(g[0], round(g[1]), g[2], g[4]) for g in got}


_BEDS_CAPTION = "截至6月底部分市县医疗卫生机构床位（单位：张）"


def test_a_per_thousand_beds_column_under_a_beds_note_reads(extractor: Extractor) -> None:
    """市县 床位数 每千人口床位数 under （单位：张）: the per-thousand column no longer leaves the table unread; each row's
    beds and beds per thousand residents, its 市县's."""
    got = _got(extractor, ["健康报 2026年8月12日 星期三 第5版 地方新闻", _BEDS_CAPTION, "市县 床位数 每千人口床位数",
                           "海口市 18640 6.92", "三亚市 7820 6.86"], "2026-08-12", "健康报")
    assert ("18640", 18640.0, "level", "beds.total", "海口市") in got
    assert ("6.86", 6.86, "level", "beds.per_1000", "三亚市") in got


def test_a_per_thousand_beds_column_printed_a_column_a_box_reads(extractor: Extractor) -> None:
    """The same table as pdfminer prints it, a column a box (places, then 床位数 and its cells, then 每千人口床位数 and
    its cells): the last column is read too, a row's per-thousand beds its place's."""
    got = _got(extractor, ["健康报 2026年8月12日 星期三 第5版 地方新闻", _BEDS_CAPTION, "", "市县", "海口市", "三亚市",
                           "", "床位数", "18640", "7820", "", "每千人口床位数", "6.92", "6.86", "",
                           "海口市人民医院新院区开诊"], "2026-08-12", "健康报")
    assert ("6.92", 6.92, "level", "beds.per_1000", "海口市") in got
    assert ("6.86", 6.86, "level", "beds.per_1000", "三亚市") in got


_COUNTY_HEAD = "今日容县 2026年8月12日 星期三 第1版 要闻"


def test_a_headlines_short_form_its_lead_writes_as_a_town_of_the_paper_is_no_county(extractor: Extractor) -> None:
    """灵山：新建农贸市场 over 本报讯 灵山镇投资… in 今日容县: 灵山 is 容县's 灵山镇, not the county 灵山县 nearby (of
    钦州市, the same region): the item's figures stay the paper's county's, the headline run in with the next one's too."""
    for head in (["灵山：新建农贸市场"], ["灵山：新建农贸市场石寨：劳务输出增收"]):
        got = _got(extractor, [_COUNTY_HEAD, *head, "本报讯 灵山镇投资2800万元新建农贸市场，设置摊位420个。"],
                   "2026-08-12", "今日容县")
        assert {(g[0], g[4]) for g in got} == {("2800万元", "容县"), ("420个", "容县")}


def test_a_headlines_short_form_its_lead_writes_as_the_county_stays_the_county(extractor: Extractor) -> None:
    """The same headline over 本报讯 灵山县投资…: the item is on the county so called, its figures 灵山县's."""
    got = _got(extractor, [_COUNTY_HEAD, "灵山：新建农贸市场", "本报讯 灵山县投资2800万元新建农贸市场，设置摊位420个。"],
               "2026-08-12", "今日容县")
    assert ("2800万元", "灵山县") in {(g[0], g[4]) for g in got}
