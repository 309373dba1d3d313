"""What the blind pages p51-p52 found (data/gold/pages: 福建日报's 经济 page read by pdfminer with its boxes top to
bottom, 沭阳日报's front page read by pypdf's layout mode): a 数说 column of one-line ■ items swept out of column
order lost its last item's figure (…收入38612元: 元 may go on into 元/吨, so a swept line ending on it is left out),
and a firm's 新招员工 was no hiring. Sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

# two columns swept a line of each at a time, blank lines between (pdfminer's boxes top to bottom), the right
# column's numbers cut at its lines' ends: a page the interleave reads, its rhythm found
_SWEPT = ("本报讯 今年全市完成植树造林面积\n\n全年森林覆盖率达到46.3%，比上\n\n"
          "12.6万亩，城市建成区绿地率达到38\n\n年提高0.6个百分点。全市湿地面积\n\n"
          "另有古树名木1.2万株全部建档保护\n\n稳定在86万亩，湿地保护率达到52\n\n"
          "。全市共有自然保护地29处，总面积\n\n.4%。全年新建城市公园18个。\n\n")


def _quotes(extractor: Extractor, text: str) -> list[str]:
    return [f["quote"] for f in extractor.extract_text(text).figures]


def test_the_last_of_a_list_of_one_line_bulleted_items_keeps_its_figure(extractor: Extractor) -> None:
    """A 数说 column under a swept page: each ■ item a line of its own, no mark at its end. The last item's line,
    as wide as the column, goes on into no line found; its 元 could open 元/吨, yet the items above it, each one
    line, show that every item ends where its line does: the number is whole and kept."""
    box = "数说\n\n■全市城镇新增就业4.2万人\n■快递业务量增长15.3%\n■居民人均可支配收入38612元\n\n"
    got = _quotes(extractor, _SWEPT + box)
    assert "38612元" in got and "15.3%" in got and "52.4%" in got
    assert not any(q.startswith("38") and q != "38612元" for q in got)  # the cut 38 of 38 | 年 still left out


def test_a_bulleted_line_after_an_item_of_two_lines_is_still_left_out(extractor: Extractor) -> None:
    """The same column whose items run over their lines (the line before the last opens with no bullet, or the
    item before ends on its full stop): nothing shows the last line's item ends there, and a number its unit
    may go on from is left out, as before."""
    wrapped = "数说\n\n■全市城镇新增就业4.2万人，比上年\n增加0.3万人\n■居民人均可支配收入38612元\n\n"
    stopped = "数说\n\n■全市城镇新增就业4.2万人。\n■居民人均可支配收入38612元\n\n"
    for box in (wrapped, stopped):
        got = _quotes(extractor, _SWEPT + box)
        assert "4.2万人" in got and "52.4%" in got
        assert "38612元" not in got


def test_a_firm_s_new_hands_are_hiring(extractor: Extractor) -> None:
    """新招员工320名: the staff a firm took on, hiring (jobs.yaml jobs.hiring 招员工), as 招工 and 招用 say."""
    text = "本报讯 今年前三季度，这家企业订单同比增长40%以上，新招员工320名。"
    got = _got(_run(extractor, text, "2025-10-23", source="福建日报"), "metric")
    assert ("320名", "jobs.hiring") in got
    assert ("40%以上", "jobs.hiring") not in got
