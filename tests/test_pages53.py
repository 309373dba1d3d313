"""What the blind pages p53-p54 found (data/gold/pages: 湛江日报's 民生·社会 page read by pdfplumber's words a line
per baseline, 黑龙江日报's 经济 page read by pdfminer with its boxes ordered by height alone): a table of cities that
pdfminer printed a column at a time with every head over the labels (总量（亿元） / 城市 / 增长（%）, then the labels,
then both columns' numbers in one run) was read not at all, nor was 城市 a table's label head; and a target
after a plan's date of finishing (预计明年6月建成，规划床位600张) was due at no time. Sentences invented, in the style
of such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_ARTICLE = "\n\n部分县市经济运行平稳\n\n本报讯 上半年，全市经济运行总体平稳，接待游客320万人次。\n"


def _table(*heads: str) -> str:
    """A table of three county-level cities printed a column at a time, its heads (as given) over its labels."""
    return ("上半年部分县市地区生产总值\n" + "\n\n".join(heads) + "\n\n宁安市\n\n海林市\n\n穆棱市\n\n"
            "128.6\n\n156.3\n\n97.4\n\n5.2\n\n4.8\n\n6.1" + _ARTICLE)


def test_a_table_printed_a_column_at_a_time_with_its_heads_over_its_labels_is_read(extractor: Extractor) -> None:
    """pdfminer's boxes ordered by their height alone: the head cells first (the label column's among them, not
    first), then the labels, then every value column's numbers in one run. Two columns as long as the labels
    make the run; of the three head lines, 城市 is the label column's (set first, the head reads; without it the
    others make none), the value columns' heads in the order they came."""
    got = _got(_run(extractor, _table("总量（亿元）", "城市", "增长（%）"), "2025-08-21", source="牡丹江日报"),
               "value", "unit", "role", "place")
    assert ("128.6", 12860000000.0, "CNY", "level", "宁安市") in got
    assert ("6.1", 6.1, "percent", "change", "穆棱市") in got
    assert ("156.3", 15630000000.0, "CNY", "level", "海林市") in got
    assert ("320万人次", 3200000.0, "person_time", "level", "牡丹江市") in got
    ordered = _got(_run(extractor, _table("城市", "总量（亿元）", "增长（%）"), "2025-08-21", source="牡丹江日报"),
                   "value", "unit")
    assert ("97.4", 9740000000.0, "CNY") in ordered and ("4.8", 4.8, "percent") in ordered


def test_heads_over_the_labels_with_a_cell_missing_read_no_table(extractor: Extractor) -> None:
    """A run of numbers that no count of columns as long as the labels makes (a blank cell the extractor printed
    nothing for: five numbers under three labels) tells no cell's row: no cell is read, the article still is."""
    text = _table("总量（亿元）", "城市", "增长（%）").replace("\n\n4.8", "")
    got = [q for q, *_ in _got(_run(extractor, text, "2025-08-21", source="牡丹江日报"))]
    assert not {"128.6", "156.3", "97.4", "5.2", "6.1"} & set(got)
    assert "320万人次" in got


def test_a_city_column_heads_a_table_by_place(extractor: Extractor) -> None:
    """城市 heading a table's first column (tables.yaml label_heads: known column words after it only, so 城市低保 is no
    head of a place column): each row is a city, its cells the city's."""
    text = "上半年部分城市主要指标\n城市  总量（亿元）  增长（%）\n宁安市  128.6  5.2\n海林市  156.3  4.8\n"
    got = _got(_run(extractor, text, "2025-08-21", source="牡丹江日报"), "value", "unit", "place")
    assert ("128.6", 12860000000.0, "CNY", "宁安市") in got and ("4.8", 4.8, "percent", "海林市") in got


def test_a_target_after_a_plans_date_of_finishing_is_due_then(extractor: Extractor) -> None:
    """预计明年6月建成，规划床位450张: the month right after a word of a plan, its clause a word of finishing
    (periods.yaml due_done), is when the beds are there, as 预计2026年建成 dates them; a month an event is set for
    (计划3月开工) or dated by (2020年1月立项) still dates no target after it."""
    def period(text: str) -> object:
        return next(f["period"] for f in _run(extractor, text, "2025-12-11", source="湛江日报") if f["quote"] == "450张")

    assert period("市妇幼保健院新大楼预计明年6月建成，规划床位450张。") == "2026-06"
    assert period("市妇幼保健院新大楼预计明年6月底前建成投用，规划床位450张。") == "2026-06"
    assert period("市妇幼保健院新大楼计划明年3月开工，将新增床位450张。") is None
    assert period("市妇幼保健院新大楼2020年1月立项，将新增床位450张。") is None
