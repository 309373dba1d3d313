"""Newspaper page leftovers (pagefix260): items of few lines set side by side under short headlines, as an extractor
that makes a box of every line (pdfminer at a tight line margin) sweeps them a line of each column in turn. Their
first lines, wider than the headlines around, told their own width; the lines under them were judged by the
headlines' and never seen breaking off, so a number's unit alone a stride on (…1800 | 人次。) was left out; and a
row of three such items went on at one item's stride where the other two's seams told nothing, joining numbers of
different items. Sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures
from tests.sweptpage import swept as _swept
from tests.sweptpage import wrap as _wrap


def _page(width: int, digit: float) -> str:
    """A county paper's page: two items side by side in columns of 26, then three in columns of `width`."""
    lines = ["今日宁县 2026年12月9日 星期三 第2版 民生", "2"]
    lines += _swept(["湘乐镇：幸福院提档升级", "全县技能培训扩面提质"], [
        _wrap("本报讯（通讯员 宁宣）截至11月底，湘乐镇改造提升农村幸福院9所，新增护理床位86张，为辖区老人提供上门服务"
              "1800人次。", 26, digit),
        _wrap("本报讯（记者 韩雪）今年以来，全县开展各类职业技能培训62期，培训城乡劳动者4200人次，取证率86.5%，发放培训"
              "补贴资金386万元。", 26, digit)])
    lines += _swept(["早胜：苹果喜获丰收", "庆阳：外贸进出口增长", "正宁：县城供热管网改造"], [
        _wrap("本报讯 今年，早胜镇种植苹果3.8万亩，果品产量达到12.6万吨，带动460户果农增收。", width, digit),
        _wrap("本报讯 1—10月，庆阳市外贸进出口总额52.6亿元，同比增长7.4%。", width, digit),
        _wrap("本报讯 今年以来，正宁县改造供热管网28公里，完成投资1.6亿元。", width, digit)])
    lines.append("中共宁县县委主管主办　责任编辑：刘洋　美编：王丽　校对：张静　　2")
    return "\n\n".join(lines) + "\n"


def _sentences(extractor: Extractor, text: str) -> dict[str, str]:
    return {f["quote"]: f["sentence"] for f in dated_figures(extractor, text, "2026-12-09", "今日宁县")}


def test_lines_under_items_side_by_side_take_their_first_lines_width(extractor: Extractor) -> None:
    """…为辖区老人提供上门 | 服务1800人次。 and …取证率86.5%， | 发放培训补贴资金386万元。: the lines of the two items'
    columns are as wide as their first lines, not as the headlines around, so they break off, and go on at the stride
    of the two items' first lines, each in its own column's next line."""
    got = _sentences(extractor, _page(17, 0.6))
    assert "提供上门服务1800人次。" in got.get("1800人次", ""), got
    assert "取证率86.5%，发放培训补贴资金386万元。" in got.get("386万元", ""), got
    assert "上门发放" not in got.get("386万元", ""), got


def test_a_row_of_items_goes_on_at_one_stride(extractor: Extractor) -> None:
    """A row of three items' first lines: the first breaks off inside a number (…种植苹果3. | 8万亩，…) three lines on;
    the others, whose seams tell little alone, go on there too, so that no number of one item meets another's
    (…进出口总额 | 8公里 read as 8公里, …供热管网2 | 52.6亿元 as 252.6亿元)."""
    got = _sentences(extractor, _page(20, 0.5))
    assert "出口总额52.6亿元" in got.get("52.6亿元", ""), got
    assert "供热管网28公里" in got.get("28公里", ""), got
    assert "3.8万亩" in got and "252.6亿元" not in got and "8公里" not in got, got
