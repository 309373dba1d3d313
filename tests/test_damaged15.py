"""What the blind set data/gold/damaged15 found: five county pages and reports damaged the way PDF extractors and OCR
damage them (two items set side by side read across under a headline over both; numbers and units cut at a line's
end, 1. | 26亿元, 百分 | 之五点六, a soft hyphen in 1.9­ | 2亿元; a page's running head and its editors' line between
the halves of a sentence; a picture's caption set into a sentence; digits spaced out and full-width, ３．８７亿元 and
1 2 . 4 % in one paragraph; a GBK file and a CRLF one with a BOM): a running head's date (某某日报 2026年1月15日 星期四
第2版) set the period of every figure under it in a report of the year before; a quota set from above that a share
was taken of (完成市考核任务1700人的109.7%) was read as a result; 棒 (mushroom logs) counted nothing. Probing the same
damage further: a running head or a page's number between blank lines inside a number (14.74万 | | 某某日报 … | |
张) and a picture's caption inside one (1.37 | ▲… 摄 | 万名) lost the figure. Sentences invented, in the style of
such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

HEAD = "\n\n某某日报　　2026年1月15日　星期四　　　　　　　　第 2 版\n\n"


def test_a_running_head_between_blank_lines_inside_a_number_is_dropped(extractor: Extractor) -> None:
    """A page's running head set between blank lines where a sentence breaks off inside a number (床位由14.74万 |
    | 某某日报 2026年1月15日 星期四 第2版 | | 张增长至…): the sentence runs on past it, the number keeps its unit."""
    text = "本报讯 2025年，某某县医疗卫生机构床位由14.74万" + HEAD + "张增长至23.19万张。\n"
    assert _got(_run(extractor, text, "2026-01-15", source="某某日报"), "value") == [
        ("14.74万张", 147400), ("23.19万张", 231900)]


def test_a_page_number_between_blank_lines_inside_a_number_is_dropped(extractor: Extractor) -> None:
    """— 2 — between blank lines inside a report's sentence (发放待遇3.65 | | — 2 — | | 亿元): the amount is whole."""
    text = "2025年，全县发放各类社会保险待遇3.65\n\n— 2 —\n\n亿元，增长6.1%。\n"
    assert _got(_run(extractor, text, "2026-01-15"), "value") == [("3.65亿元", 365000000), ("6.1%", 6.1)]


def test_a_running_head_left_in_the_text_dates_no_figure(extractor: Extractor) -> None:
    """A running head that stands between two paragraphs (a sentence ended above it) is the paper's date, not the
    time of the figures under it: in a report of 2025 published in January 2026 they stay of 2025."""
    text = ("本报讯 2025年，某某县全年县域内住院人次达到6.42万人次。" + HEAD
            + "县域内就诊率达到91.3%。\n在养老服务方面，某某县新增养老服务床位460张。\n")
    got = _got(_run(extractor, text, "2026-01-15", source="某某日报"), "period")
    assert got == [("6.42万人次", "2025"), ("91.3%", "2025"), ("460张", "2025")]


def test_a_picture_caption_inside_a_number_is_read_after_its_paragraph(extractor: Extractor) -> None:
    """A picture's caption set between the halves of a number (为1.37 | ▲某某县医院门诊楼 本报记者 张三 摄 | 万名):
    the sentence runs on past it; the caption is a paragraph of its own after it, its own figures kept."""
    text = ("本报讯 2025年，某某县为1.37\n▲某某县人民医院新院区设置床位1200张。 本报记者 张三 摄\n"
            "万名65周岁以上老年人提供免费体检。\n")
    got = _got(_run(extractor, text, "2026-01-15", source="某某日报"), "value")
    assert ("1.37万名", 13700) in got and ("1200张", 1200) in got


def test_a_quota_set_from_above_is_the_goal_a_share_is_taken_of(extractor: Extractor) -> None:
    """完成市考核任务1700人的109.7%, 完成省下达任务800张的105%: the quota is a target, the share a result."""
    text = "2025年，全县城镇新增就业1865人，完成市考核任务1700人的109.7%。\n"
    got = _got(_run(extractor, text, "2025-12-28"), "role")
    assert got == [("1865人", "level"), ("1700人", "target"), ("109.7%", "level")]


def test_mushroom_logs_are_counted_by_the_stick(extractor: Extractor) -> None:
    """发展食用菌1260万棒: a count of logs; 棒球 is no measure."""
    text = "2025年，全县发展食用菌１２６０万棒，实现产值３．４亿元。\n"
    assert _got(_run(extractor, text, "2025-10-22"), "value") == [("1260万棒", 12600000), ("3.4亿元", 340000000)]
