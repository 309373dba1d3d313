"""What the page p52 (沭阳日报's 要闻 page, read by pypdf's layout mode) showed: a column's full line that the
extractor set with no gap before the next column's line, which falls short of its place. Read as one line, the
next column's piece ran into the column's line: a number cut at the next column's line end lost its head
(公路23 | 6公里 read 城镇新增6公里, a wrong value), and a word cut at a line's end lost its tail (开放床 | 位800张
read …亿元位800张, no beds). Such a piece is cut where its printed width reaches its column's full line, the rest
read with the next column, and a number touching the cut made unreadable (`columns.Columns._overrun`).
Sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

COLUMNS = (0, 28, 56)  # where pypdf's layout mode sets each column's lines (characters)


def _row(*pieces: str) -> str:
    """A row of the page: each piece set at its column's place (a piece run on into the next column's is one)."""
    line = ""
    for at, piece in zip(COLUMNS, pieces, strict=False):
        if piece:
            line = line.ljust(at) + piece
    return line


# three columns 17 characters wide (digits half a character); rows 5 and 7 run a column's line into the next one's
PAGE = "\n".join([
    "全县前11个月接待游客增长8.7%",
    "",
    _row("  本报讯 记者5日从县统计局获悉，1", "  全县今年实施重点项目84个，总投资", "▶前11个月全县外贸进出口"),
    _row("—11月，全县接待游客达到456.35万人次", "5200万元，截至11月底完成全年计划的", "额42.6亿元，增长9.1%"),
    _row("，同比增长8.7%；旅游收入达到39.2亿", "97.2%。1—11月，全县民生支出完成64", "▶县里新增专精特新企业9家"),
    _row("元，增长10.4%。全县新增乡村民宿86", ".3亿元，占一般公共预算支出的78.5%", "▶今年全县新建改造农村公路12"),
    _row("家，带动农户增收。今年以来，全县新", "；城镇新增就业1.26万人。县人民医院8公里　详见3版"),
    _row("增茶园面积1.8万亩，茶叶总产量达到2", "新院区于本月正式投入使用，新开放床", "▶县人民医院新增床位120张"),
    _row(".6万吨，产值增长12.1%，带动就业3.5位600张。"),
    _row("万人。", "  县统计局有关负责人表示，预计全年"),
    _row("  下一步，全县将推进茶旅融合发展。", "全县旅游收入将突破45亿元。"),
    "",
])


def test_a_columns_line_run_on_into_the_next_ones_is_cut_and_no_number_is_made_across_the_cut(
        extractor: Extractor) -> None:
    """The next column's piece after a full line reads with its own column (开放床 | 位600张), and a number at the
    cut is made unreadable where the width cannot tell its column, not read with the other column's words: no 3.5位
    (就业3.5 | 万人 beside 开放床 | 位600张, the line as wide as its column with 3 or with 3.5). Where it tells
    (…县人民医院 as wide as the column's full line, 8 past it: `Columns._sure_cut`), the number is the next column's
    whole, and read on from that column's line above (公路12 | 8公里: 128公里, never 8公里). A line a digit or three
    wider than its column (456.35万人次) is no overrun."""
    got = _got(_run(extractor, PAGE, "2025-12-06", source="某某日报"), "metric")
    quotes = [q for q, *_ in got]
    assert not [q for q in quotes if (q.endswith("公里") and q != "128公里") or "位" in q or q.endswith("5万人")]
    assert "128公里" in quotes
    assert {"456.35万人次", "39.2亿元", "5200万元", "97.2%", "64.3亿元", "1.26万人", "2.6万吨", "12.1%",
            "600张", "120张", "突破45亿元"} <= set(quotes)
    plain = _got(_run(extractor, "县人民医院新院区于本月正式投入使用，新开放床位600张。", "2025-12-06", source="某某日报"),
                 "metric")
    assert [m for q, m in got if q == "600张"] == [m for q, m in plain if q == "600张"]
