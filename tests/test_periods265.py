"""Task periods265: leftovers of `period` (GUIDE.md).

A month said alone against the text's cumulative frame (10月当月，…; periods.yaml single_month) is of its own sentence
only: the sentences after it go on in the frame the text set (1-10月). A class's year (2026届; periods.yaml class_year)
names the graduates, not the time of the figure: a time before it in the sentence (截至11月底) dates the figure, the
end of that month.
"""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def _periods(extractor: Extractor, text: str, published: str, source: str) -> list[tuple]:
    return _got(_run(extractor, text, published, source=source), "period")


def test_a_month_said_alone_does_not_carry_past_its_sentence(extractor: Extractor) -> None:
    text = ("某区统计局\n1-8月全区经济运行简况\n"
            "1-8月，全区规模以上工业增加值同比增长5.4%。8月当月，规上工业增加值增长3.9%。"
            "光伏组件产值突破120亿元，同比增长11.2%。\n")
    got = _periods(extractor, text, "2026-09-16", "某区统计局")
    assert got == [("5.4%", "2026M01-M08"), ("3.9%", "2026-08"), ("突破120亿元", "2026M01-M08"),
                   ("11.2%", "2026M01-M08")]


def test_a_class_year_gives_way_to_the_as_of_month_before_it(extractor: Extractor) -> None:
    text = "某市人社局\n截至10月底，全市2026届中职毕业生就业率达到95.3%。\n"
    assert _periods(extractor, text, "2026-11-09", "某市人社局") == [("95.3%", "2026-10")]
    # (with no other time in its sentence the class's year still dates the figure)
    text = "某市人社局\n全市2025届高校毕业生离校未就业人员1426人。\n"
    assert _periods(extractor, text, "2026-03-09", "某市人社局") == [("1426人", "2025")]

