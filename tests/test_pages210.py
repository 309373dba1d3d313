"""What the blind pages p115 and p116 of data/gold/pages showed (pages210): a national 卫健 行业报's 地方 page read by
pdfminer with tight margins, LAParams(line_margin=0.2, char_margin=1.0), its lines each a box and the columns interleaved a
line at a time (健康报-style, 海南, at 1.7, a new setting), and a county paper's 要闻 page read by pdfplumber's plain text
with a y_tolerance of 1 (今日容县-style, 广西, at 1.3, a new tolerance).

Blind (main's code), p115-p116 alone: recall 0.8031, precision 0.9808, qualifier 1.0, role 0.9608, place 0.9706, period
0.9888, beds 0.9583, jobs 0.9375; the whole set recall 0.9575, precision 0.9989, role 0.9884, place 0.9829, period
0.992, beds 0.9928, jobs 0.9873.

On the county page a table of four 镇's 沙田柚 under （单位：万吨） read none of its eight cells: 镇 产量 销量, neither
word a column word in a mass unit (tables.yaml column_units: now both, in 吨 or 万吨). On the 卫健 page a table of five
市县's beds under （单位：张） read its 床位数 but none of its 每千人口床位数 (a row-major one read none at all): the
per-thousand column is now one in 张 (beds.per_1000). On the county page a brief under 灵山：新建农贸市场 whose lead says
本报讯 灵山镇投资… took the county 灵山县 (钦州市, the same region) from the headline: a short form the lead writes with a
town's ending, a town of the paper's own area and of no county so called, is that town (`place._town_of_base`,
`place._town_written`). Gold corrected after the blind run: p116's 5.4% (预计总产量…同比增长5.4%) a target, as
news203's n01 预计…同比增长3.2%.

Final, p115-p116 alone: recall 0.9055, precision 0.9829, qualifier 1.0, role 0.9739, place 1.0, period 0.9902, beds
0.9655, jobs 0.9375; the whole set recall 0.9599, precision 0.9989, role 0.9886, place 0.9835, period 0.992, beds
0.9929, jobs 0.9873 (p01-p114 as before: recall 0.9612, precision 0.9992).

Left: on the 卫健 page (pdfminer's lines each a box, the columns a line at a time) the pair's left item's first column
ends …新增床位12 and its second opens 00张，… : the second column was read onto the headline and the cut 12 left out
(1200张 missed); the chart's five values, printed a box each among its ticks and the item beside it (90 86.2 60 30 0
38.4 29.6 … 18.2 15.8), not read; ■ 琼中县本月招聘乡村医生48名，补充村卫生室32个。 read as targets (a notice box's
hiring, roles.yaml: kept, gold says levels). On the county page (y_tolerance 1: the smaller sidebar's and briefs' lines
on baselines of their own between the article's) a pair's two-column item beside a one-column one ran into each other
(350张, 5.9张 missed, 去年's 41.2亿元 read 2026), 新增家庭养老床位24 | 0张 read 24张 and 达到186 | 户 186户 (two wrong
values: the sidebar's and the briefs' tails joined to the article's line), 80张, 240张, 186家, 620户 missed; 今年，全县计划
新建村级养老 | 服务站36个 parted by the article's line, 36个 a level. pagefix219 read the county page whole (recall and
precision 1.0: the sidebar's and the briefs' lines in their columns, tests/test_pagefix219.py); p115 as it was.
Sentences invented, in the style of such pages."""

from __future__ import annotations

import pytest

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


@pytest.mark.slow
def test_the_pages_set_with_p115_and_p116_scores_at_its_floors() -> None:
    """data/gold/pages with p115 (健康报-style, pdfminer LAParams(line_margin=0.2, char_margin=1.0) at 1.7) and p116
    (今日容县-style, pdfplumber extract_text y_tolerance 1 at 1.3), annotated blind: floors, not the exact scores (see the
    module's docstring). The whole set's recall 0.961 -> 0.959 and precision 0.999 -> 0.998 here and in the pages
    tests before: the new pages' own misses and p116's two wrong joins, p01-p114 unchanged."""
    from stats.evaluate import evaluate, read_gold
    from tests.goldsets import GOLD, extracted

    folder = GOLD / "pages"
    gold = read_gold([folder])
    figures = extracted(folder / "texts").figures.to_pylist()
    two = evaluate([g for g in gold if g["doc"] in ("p115", "p116")], figures).summary
    # pagefix219 (p116's sidebar and briefs read in their columns): recall 0.9528, precision 1.0, role 0.9835, beds 0.9697
    assert two["recall"] >= 0.95 and two["precision"] >= 0.999 and two["qualifier_acc"] >= 1.0
    assert two["role_acc"] >= 0.98 and two["place_acc"] >= 0.99 and two["period_acc"] >= 0.99
    assert two["topic_beds_acc"] >= 0.965
    s = evaluate(gold, figures).summary
    assert s["recall"] >= 0.956 and s["precision"] >= 0.999  # with pages232 (p121-p122's own misses): 0.9591, 0.9993
    assert s["place_acc"] >= 0.982 and s["period_acc"] >= 0.992 and s["role_acc"] >= 0.989  # +pagefix233: 0.9835, 0.9932
    assert s["topic_beds_acc"] >= 0.99 and s["topic_jobs_acc"] >= 0.98
    # (p01-p114: the pages after p116, pages218's p117-p118, pages225's p119-p120 and pages232's p121-p122, are not
    # those pages either)
    later = ("p115", "p116", "p117", "p118", "p119", "p120", "p121", "p122", "p123", "p124",
             "p125", "p126", "p127", "p128", "p129", "p130", "p131", "p132", "p133", "p134", "p135", "p136")
    p01 = evaluate([g for g in gold if g["doc"] not in later], figures).summary
    assert p01["recall"] >= 0.963 and p01["precision"] >= 0.999
