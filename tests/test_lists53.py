"""What the blind set data/gold/lists53 found: three items of lists (渭南市's 养老床位 by 县市区, a row a line ending 。,
under 各县（市、区）新增养老床位情况：; 亳州市's jobs by 县区, rows ending ；, under 各县区城镇新增就业情况：; 淮北市's
一是/二是/三是 clauses and its 县区 lists after 各县区新增养老床位： and …分县区完成情况：): a lead-in that says no 如下
named nothing for the rows after its colon, and a row set a sentence of its own (乙县180张。) read as a plain count. A
lead-in's words now reach the rows of places right after its colon, and the rows set a sentence each after it, until a
row names its own measure of the list's unit or a sentence is no row. Sentences invented, in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_rows_a_sentence_each_read_the_lead_in(extractor: Extractor) -> None:
    """各县区新增养老床位情况：/ 甲区260张。/ 乙县180张。: each row a sentence of its own ending 。 names only its place;
    the lead-in before them names what they count, and each row keeps its own place."""
    text = ("本报讯 今年上半年，全市新增养老床位680张。\n各县区新增养老床位情况：\n"
            "宁陵县260张。\n睢县180张。\n柘城县240张。")
    got = _got(_run(extractor, text, "2026-07-20", source="商丘日报"), "metric", "place")
    assert [m.split(".")[0] for _, m, _ in got] == ["beds"] * 4
    assert [p for _, _, p in got[1:]] == ["宁陵县", "睢县", "柘城县"]


def test_rows_after_a_colon_with_no_ru_xia(extractor: Extractor) -> None:
    """各县城镇新增就业情况：甲县…人；乙县…人 and 各县新增床位：甲县：…张；: the rows of places right after the colon say
    a list follows, though the lead-in says no 如下."""
    text = "本报讯 各县城镇新增就业情况：\n宁陵县2310人；\n睢县1980人；\n柘城县960人。"
    got = _got(_run(extractor, text, "2026-07-20", source="商丘日报"), "metric")
    assert [m for _, m in got] == ["jobs.urban_new"] * 3
    text = "本报讯 各县新增养老床位：\n宁陵县：120张；\n睢县：90张。"
    got = _got(_run(extractor, text, "2026-07-20", source="商丘日报"), "metric")
    assert all(m.startswith("beds.") for _, m in got) and len(got) == 2


def test_the_list_stops_at_a_row_naming_its_own_measure(extractor: Extractor) -> None:
    """乙县…人，失业人员再就业…人 names a measure of people of its own: the rows after it are no longer the lead-in's
    (whose they are the text no longer says); a growth rate in a row (同比增长3.6%) names another unit and stops nothing."""
    text = ("本报讯 各县城镇新增就业情况：\n宁陵县2310人，同比增长3.6%。\n睢县1980人，失业人员再就业420人。\n"
            "柘城县960人。")
    got = _got(_run(extractor, text, "2026-07-20", source="商丘日报"), "metric")
    by = dict(got)
    assert by["2310人"] == "jobs.urban_new" and by["1980人"] == "jobs.urban_new"
    assert by["420人"] != "jobs.urban_new" and by["420人"].startswith("jobs.")
    assert by["960人"] == "quantity.people"


def test_the_list_stops_at_a_sentence_that_is_no_row(extractor: Extractor) -> None:
    """全市共有养老机构132家。 between the rows is no row: a row of a place after it (丙县80张。) no longer reads the
    lead-in, and a lead-in that names nothing counted (主要做法：) lends nothing to the rows after it."""
    text = "本报讯 各县区新增养老床位情况：\n宁陵县260张。\n全市共有养老院32家。\n睢县80张。"
    got = dict(_got(_run(extractor, text, "2026-07-20", source="商丘日报"), "metric"))
    assert got["260张"].startswith("beds.") and not got["80张"].startswith("beds.")
    text = "本报讯 今年以来主要做法：\n宁陵县860人；\n睢县420人。"
    got = _got(_run(extractor, text, "2026-07-20", source="商丘日报"), "metric")
    assert [m for _, m in got] == ["quantity.people"] * 2


def test_a_place_and_a_year_after_a_colon_is_no_row(extractor: Extractor) -> None:
    """会议指出：宁陵县2025年…: a year after the place is no figure of a row; the words before the colon lend nothing,
    the sentence's own words name the figure."""
    text = "本报讯 会上通报了养老床位建设情况：宁陵县2025年招聘教师120人。"
    got = _got(_run(extractor, text, "2026-07-20", source="商丘日报"), "metric")
    assert got and not got[0][1].startswith("beds.")
