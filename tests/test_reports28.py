"""What the blind set data/gold/reports28 found: three government texts (a 县 政府工作报告 of January 2027 on 2026 with
its goals and ten numbered 民生实事, a 区 卫生健康局's year summary, a 市 就业 bulletin by quarter ending in a list of its
counties, one a line: 甲县：4126人，完成率82.5%). The list rows, with no mark at their ends, ran into one another and
into the heading over them: each row's rate took the place of the row under it, and the rows after the first counted
people and rates of nothing, the heading that names what they count being their sentence's head only for the first.
Sentences invented, in the style of such texts."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

HEAD = "某市2026年前三季度就业工作情况通报\n\n现将有关情况通报如下。\n\n"


def test_each_row_of_a_county_list_keeps_its_own_place(extractor: Extractor) -> None:
    """Rows of a place, a colon, a count and a rate with no colon of its own (嘉鱼县：4126人，完成率82.5%), one a line
    with no mark at the end: each its own paragraph, so a row's rate is of its own county, not the next row's."""
    text = HEAD + "三、各县（市、区）城镇新增就业完成情况\n嘉鱼县：4126人，完成率82.5%\n通山县：3367人，完成率76.5%\n"
    got = _got(_run(extractor, text, "2026-10-20", source="咸宁市人力资源和社会保障局"), "place")
    assert got == [("4126人", "嘉鱼县"), ("82.5%", "嘉鱼县"), ("3367人", "通山县"), ("76.5%", "通山县")]


def test_the_rows_of_a_county_list_count_what_their_heading_names(extractor: Extractor) -> None:
    """The heading over the rows (各县城镇新增就业完成情况) names what every row counts: each row's people and its rate of
    the goal are new urban jobs, the second and later rows as much as the first."""
    text = HEAD + "三、各县（市、区）城镇新增就业完成情况\n嘉鱼县：4126人，完成率82.5%\n通山县：3367人，完成率76.5%\n"
    figs = _run(extractor, text, "2026-10-20", source="咸宁市人力资源和社会保障局")
    assert [f["metric"].split(".")[0] for f in figs] == ["jobs"] * 4


def test_a_row_that_names_its_own_measure_keeps_it(extractor: Extractor) -> None:
    """A row whose clause names what it counts (甲县：新增养老床位120张) keeps its own measure under a jobs heading; and
    a row of people under a heading that names nothing countable stays a count of people."""
    text = HEAD + "三、各县城镇新增就业完成情况\n嘉鱼县：新增养老床位120张\n"
    figs = _run(extractor, text, "2026-10-20", source="咸宁市人力资源和社会保障局")
    assert "beds" in figs[0]["metric"]
    text = HEAD + "三、各县情况\n嘉鱼县：4126人\n"
    figs = _run(extractor, text, "2026-10-20", source="咸宁市人力资源和社会保障局")
    assert not figs[0]["metric"].startswith("jobs.")
