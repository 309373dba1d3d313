"""Leftovers of reports22, damaged12 and damaged13: money 争取 in a year already past (a budget report's 2025年争取新增
政府债券资金… in 2026, a bureau's 2025年工作总结 published in January 2026) read as goals, and a line cut inside 百分之
(…收入的百分 | 之六十八点五) whose short first half was taken for another column's line. Sentences invented, in the
style of county budget reports and bureau summaries."""

from __future__ import annotations

from stats.repair.layout import repair_stream
from stats.rules.rulefile import load_rules
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_money_sought_in_a_year_past_was_obtained(extractor: Extractor) -> None:
    """2025年争取…资金 in a report of 2026: in a year already past 争取 says what came in, a level (and the parts and
    projects after it in its sentence); 2026年争取… and 今年争取… in the same report stay goals."""
    text = ("某县2025年预算执行情况的报告\n（三）政府债务2025年争取新增政府债券资金12.4亿元，其中专项债券9.8亿元、"
            "一般债券2.6亿元，支持项目31个。")
    got = _got(_run(extractor, text, "2026-01-20", source="某县财政局"), "role")
    assert got == [("12.4亿元", "level"), ("9.8亿元", "level"), ("2.6亿元", "level"), ("31个", "level")]
    text = "某县财政工作情况\n2026年争取新增政府债券资金13亿元。今年争取上级转移支付资金5.2亿元。"
    got = _got(_run(extractor, text, "2026-01-20", source="某县财政局"), "role")
    assert got == [("13亿元", "target"), ("5.2亿元", "target")]


def test_money_sought_under_the_review_of_a_past_year_was_obtained(extractor: Extractor) -> None:
    """Under a headline naming the summary of a year before the document's (某局2025年工作总结, even glued to the
    first sentence), 争取…资金 says what was obtained; under the summary of the document's own year, or a headline
    naming the next year's plan as well, it stays a goal."""
    text = "某市交通运输局2025年工作总结\n全市完成交通投资42.6亿元，争取中央和省级补助资金8.15亿元。"
    got = _got(_run(extractor, text, "2026-01-15", source="某市交通运输局"), "role")
    assert got == [("42.6亿元", "level"), ("8.15亿元", "level")]
    text = "某市交通运输局2025年工作总结2025年，全市完成交通投资42.6亿元，争取中央和省级补助资金8.15亿元。"
    got = _got(_run(extractor, text, "2026-01-15", source="某市交通运输局"), "role")
    assert got == [("42.6亿元", "level"), ("8.15亿元", "level")]
    text = "某市交通运输局2026年工作总结\n全市完成交通投资42.6亿元，争取中央和省级补助资金8.15亿元。"
    got = _got(_run(extractor, text, "2026-01-15", source="某市交通运输局"), "role")
    assert got == [("42.6亿元", "level"), ("8.15亿元", "target")]


def test_a_line_cut_inside_a_share_word_goes_on(extractor: Extractor) -> None:
    """…占一般公 | 共预算收入的千分 | 之三十五点二。: a short line ending on 千分 (百分, 万分) under a line that breaks off
    mid-sentence is the paragraph's own line that the number goes on from, not another item's headline set in."""
    text = ("某县前三季度财政收入平稳增长\n本报讯（记者 张华）10月20日，记者从某县财\n"
            "政局获悉，今年前三季度，全县完成一般公共预算收入7.42\n亿元，同比增长4.6%，其中非税收入2.61亿元，占一般公\n"
            "共预算收入的百分\n之三十五点二。全县政府性基金预算收入完成1.86\n"
            "亿元，国有资本经营预算收入1520万元。一般公共预算支出完成28.3亿元，同比增长\n2.9%。\n")
    got = _got(_run(extractor, text, "2025-10-21", source="某某日报"), "value")
    assert ("百分之三十五点二", 35.2) in got


def _side_by_side(head_l: str, head_r: str, left: list[str], right: str, wl: int = 17, wr: int = 16) -> str:
    """Two items set side by side, read across with no gap: the headlines' row (the left one as wide as its column,
    a padding space after it), then each line the left item's line (its paragraphs' lines, the last one of a
    paragraph short) and then the right one's."""
    ls = [p[i:i + wl] for p in left for i in range(0, len(p), wl)]
    rs = [right[i:i + wr] for i in range(0, len(right), wr)]
    n = max(len(ls), len(rs))
    rows = [a + b for a, b in zip(ls + [""] * (n - len(ls)), rs + [""] * (n - len(rs)), strict=True)]
    return "\n".join([head_l + " " + head_r, *rows]) + "\n"


_SIDE = _side_by_side(
    "临泽县“春风行动”送岗位6200个", "高台县康养中心新增床位180张",
    ["　　本报讯（记者 王丽）今年以来，临泽县开展“春风行动”招聘活动19场，提供就业岗位6200个，达成就业意向1860人。"
     "1-2月，全县城镇新增就业534人，实现劳务收入3.6亿元。", "　　今年，临泽县计划输转城乡劳动力4.1万人。"],
    "　　本报讯（通讯员 赵刚）3月12日，高台县康养服务中心建成运营，新增床位180张，其中医疗床位60张、养老床位120张，"
    "项目总投资7600万元。全县养老床位达到1420张，护理型床位占比52.6%；高台县今年计划再新增养老床位260张。")


def test_two_items_read_across_with_no_gap_are_read_item_by_item(extractor: Extractor) -> None:
    """The row where both items open tells the left half's width (17 characters): every row is cut there (a padding
    space after the left half dropped), the left halves read first, then the right ones, so a number cut at either
    half's end goes on in its own next line (…活动19 | 场, …收入3 | .6亿元, …占比52 | .6%) and none is joined across
    the cut. A short row over an indent (.6亿元。到1420张…) or at the run's end (4.1万人。床位260张。) ends the left
    item's paragraph early: it is cut after its sentence's end, the right item's line following it."""
    assert "活动192日" in _SIDE and "\n.6亿元。到1420张" in _SIDE and "\n4.1万人。床位260张。" in _SIDE
    got = _got(_run(extractor, _SIDE, "2026-03-20", source="张掖日报"), "value", "place")
    assert got == [("6200个", 6200, "临泽县"), ("19场", 19, "临泽县"), ("6200个", 6200, "临泽县"),
                   ("1860人", 1860, "临泽县"), ("534人", 534, "临泽县"), ("3.6亿元", 360000000, "临泽县"),
                   ("4.1万人", 41000, "临泽县"), ("180张", 180, "高台县"), ("180张", 180, "高台县"),
                   ("60张", 60, "高台县"), ("120张", 120, "高台县"), ("7600万元", 76000000, "高台县"),
                   ("1420张", 1420, "高台县"), ("52.6%", 52.6, "高台县"), ("260张", 260, "高台县")]


def test_two_items_read_across_repair_alike_in_bulk_and_line_by_line() -> None:
    """The bulk path and the line-by-line one cut the run alike: the same paragraphs, each item's own."""
    lex = load_rules().lexicon
    kw = {"closing": lex.closing, "complete": lex.line_complete, "clause_end": lex.clause_end}
    bulk = [p.text for p in repair_stream([_SIDE], lex.article_start, lex.sentence_end, **kw)]
    lines = [p.text for p in repair_stream([_SIDE], lex.article_start, lex.sentence_end, bulk=False, **kw)]
    assert bulk == lines
    # (the text in pieces cut anywhere: the run waits for its end, and is cut alike)
    pieces = [_SIDE[:40], _SIDE[40:97], _SIDE[97:]]
    assert [p.text for p in repair_stream(pieces, lex.article_start, lex.sentence_end, **kw)] == bulk
    assert any("新增就业534人" in p and "高台" not in p for p in bulk)
    assert any("其中医疗床位60张、养老床位120张" in p and "临泽" not in p for p in bulk)
