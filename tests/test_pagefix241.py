"""Newspaper page leftovers (pagefix241): a row of two items' headlines printed side by side, the second item's
headline read into the first item's lines, and other breaks a reader leaves on a page. Sentences invented, in the
style of such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted

# two items set side by side under their headlines on one line (pdftotext's row): the second headline is set aside in
# the first item, whose lines come first; the second item's body, after it, restates its figure with its time
_ROW_OF_HEADS = ("贵州日报 2026年3月5日 星期四 第6版 民生 1\n"
                 "全省城镇新增就业48.2万人 全省每千人口医疗机构床位达7.2张\n"
                 "本报讯（记者 王芳）3月4 今年，全省计划城镇新增就 本报讯（记者 李明 通讯 去年，全省新增三级医院9\n"
                 "日，记者从省人力资源社会 业45万人以上。 员 赵亮）记者从省卫生健 家。\n"
                 "保障厅获悉，2025年，全省 康委获悉，截至2025年底，\n"
                 "城镇新增就业48.2万人，完 全省医疗卫生机构床位达到\n"
                 "成年度目标的103.6%；城镇 28.6万张，每千人口医疗机\n"
                 "调查失业率平均为5.2%。 构床位数7.2张。\n")


def test_a_headline_set_beside_another_takes_the_time_its_items_body_gives(extractor: Extractor) -> None:
    """全省每千人口医疗机构床位达7.2张, printed beside the first item's headline: its item's body, the next, restates
    its figure 截至2025年底: the headline's figure is of 2025 too, not of the paper's month."""
    got = quoted(dated_figures(extractor, _ROW_OF_HEADS, "2026-03-05", "贵州日报"), "value", "period")
    assert got.count(("7.2张", 7.2, "2025")) == 2, got
    assert ("48.2万人", 482000.0, "2025") in got


def test_a_headline_set_beside_another_keeps_its_month_where_no_body_restates_it(extractor: Extractor) -> None:
    """The same row where the next item's body states another figure: the headline names its own time, the paper's."""
    text = _ROW_OF_HEADS.replace("床位数7.2张", "床位数6.9张")
    got = quoted(dated_figures(extractor, text, "2026-03-05", "贵州日报"), "value", "period")
    assert ("7.2张", 7.2, "2026-03") in got, got
