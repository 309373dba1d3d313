"""The facts and series views in SQLite and DuckDB alike, and the series chart drawn from them."""

from __future__ import annotations

import itertools
import sqlite3

import duckdb
import pytest
import regex

from stats.publish.chart import NO_PLACE, nice_ticks, one_axis, series_lines, series_svg
from stats.publish.views import VIEWS

COLUMNS = ("figure_id", "doc_id", "article_id", "metric", "value", "unit", "place", "period", "role", "quote")
FIGURES = [
    # the headline and the body of one article give the same level; another page repeats it
    ("d1:0-4", "d1", "d1/a01", "jobs.urban_new", 600000.0, "person", "重庆", "2023", "level", "60万人"),
    ("d1:40-44", "d1", "d1/a01", "jobs.urban_new", 600000.0, "person", "重庆", "2023", "level", "60万人"),
    ("d2:9-13", "d2", "d2/a03", "jobs.urban_new", 600000.0, "person", "重庆", "2023", "level", "60万人"),
    # same number, another role: a target is another statistic
    ("d2:50-57", "d2", "d2/a03", "jobs.urban_new", 600000.0, "person", "重庆", "2023", "target", "60万人以上"),
    # the year before, and another place
    ("d2:80-86", "d2", "d2/a04", "jobs.urban_new", 580000.0, "person", "重庆", "2022", "level", "58万人"),
    ("d2:90-96", "d2", "d2/a04", "jobs.urban_new", 120000.0, "person", "渝中区", "2023", "level", "12万人"),
    # no place and no period: a fact, but no point of a series
    ("d3:1-5", "d3", "d3/a01", "jobs.urban_new", 30000.0, "person", None, None, "level", "3万人"),
    ("d3:9-13", "d3", "d3/a01", "jobs.urban_new", 30000.0, "person", None, None, "level", "3万人"),
    # a number no rule named is no fact
    ("d3:20-22", "d3", "d3/a01", None, 5.0, "count", None, None, "level", "5个"),
]
MORE = ("value_high", "qualifier", "subject", "place_code")  # the other columns the views read, null here
CREATE = ("create table figures (" + ", ".join(f'"{c}" {"double" if c.startswith("value") else "varchar"}'
                                                for c in COLUMNS + MORE) + ")")
INSERT = f"insert into figures ({', '.join(COLUMNS)}) values ({', '.join('?' for _ in COLUMNS)})"
METRICS = [("jobs.urban_new", 0), ("beds.total", 0), ("quantity.items", 1)]


def _load(con, figures: list[tuple], more: list[dict]) -> None:
    con.execute(CREATE)
    con.execute("create table metrics (metric varchar, catch_all integer)")
    con.executemany("insert into metrics values (?, ?)", METRICS)
    if figures:
        con.executemany(INSERT, figures)
    for row in more:  # figures with the columns the small table above leaves null
        con.execute(f"insert into figures ({', '.join(row)}) values ({', '.join('?' for _ in row)})", list(row.values()))
    for name in ("facts", "series"):
        con.execute(f"create view {name} as {VIEWS[name]}")


def sqlite_rows(sql: str, figures: list[tuple] = FIGURES, more: list[dict] = ()) -> list[tuple]:
    con = sqlite3.connect(":memory:")
    _load(con, figures, more)
    return con.execute(sql).fetchall()


def duckdb_rows(sql: str, figures: list[tuple] = FIGURES, more: list[dict] = ()) -> list[tuple]:
    con = duckdb.connect()
    _load(con, figures, more)
    return con.execute(sql).fetchall()


@pytest.mark.parametrize("rows", [sqlite_rows, duckdb_rows], ids=["sqlite", "duckdb"])
def test_a_repeated_figure_is_one_fact_with_its_mentions(rows) -> None:
    facts = rows(
        "select place, period, role, value, n_mentions, n_articles, n_documents, fact_id from facts "
        "order by place nulls first, period, role, value"
    )
    assert facts == [
        (None, None, "level", 30000.0, 2, 1, 1, "d3:1-5"),
        ("渝中区", "2023", "level", 120000.0, 1, 1, 1, "d2:90-96"),
        ("重庆", "2022", "level", 580000.0, 1, 1, 1, "d2:80-86"),
        ("重庆", "2023", "level", 600000.0, 3, 2, 2, "d1:0-4"),
        ("重庆", "2023", "target", 600000.0, 1, 1, 1, "d2:50-57"),
    ]
    ids = rows("select figure_ids from facts where n_mentions = 3")[0][0]
    assert sorted(ids.split()) == ["d1:0-4", "d1:40-44", "d2:9-13"]


@pytest.mark.parametrize("rows", [sqlite_rows, duckdb_rows], ids=["sqlite", "duckdb"])
def test_series_is_metric_by_place_by_period(rows) -> None:
    series = rows("select place, period, value, role from series where role = 'level' order by place, period")
    assert series == [("渝中区", "2023", 120000.0, "level"), ("重庆", "2022", 580000.0, "level"),
                      ("重庆", "2023", 600000.0, "level")]


def _figure(figure_id: str, value: float, **columns: object) -> dict:
    row = {"figure_id": figure_id, "doc_id": "d9", "article_id": "d9/a01", "metric": "beds.total", "value": value,
           "unit": "bed", "place": "全国", "period": "2023", "role": "level", "quote": "q"}
    return {**row, **columns}


@pytest.mark.parametrize("rows", [sqlite_rows, duckdb_rows], ids=["sqlite", "duckdb"])
def test_a_range_or_a_bound_is_another_statement_than_the_bare_number(rows) -> None:
    more = [_figure("d9:0-3", 2.0), _figure("d9:9-12", 2.0, value_high=3.0), _figure("d9:20-23", 2.0),
            _figure("d9:30-35", 2.0, qualifier="lower_bound")]
    facts = rows("select value_high, qualifier, n_mentions from facts "
                 "order by value_high nulls first, qualifier nulls first", [], more)
    assert facts == [(None, None, 2), (None, "lower_bound", 1), (3.0, None, 1)]


@pytest.mark.parametrize("rows", [sqlite_rows, duckdb_rows], ids=["sqlite", "duckdb"])
def test_a_catch_all_metric_merges_one_subject_only_and_has_no_series(rows) -> None:
    # 建成公园4个，新建学校4所…: the same count of 个 in one place and year is two statistics
    more = [_figure("d9:0-2", 4.0, metric="quantity.items", unit="count", subject="公园"),
            _figure("d9:9-11", 4.0, metric="quantity.items", unit="count", subject="学校"),
            _figure("d9:20-22", 4.0, metric="quantity.items", unit="count", subject="学校"),
            _figure("d9:30-32", 4.0, metric="quantity.items", unit="count")]
    facts = rows("select subject_head, n_mentions from facts order by subject_head", [], more)
    assert facts == [("", 1), ("公园", 1), ("学校", 2)]
    # a headline and its body name one statistic with more or fewer words before the head of the phrase
    repeat = [_figure("d9:0-5", 7.8, metric="quantity.items", unit="count", subject="黄骅港前两个月货物吞吐量"),
              _figure("d9:40-44", 7.8, metric="quantity.items", unit="count", subject="黄骅港完成货物吞吐量")]
    assert rows("select subject_head, n_mentions from facts", [], repeat) == [("物吞吐量", 2)]
    assert rows("select count(*) from series", [], more) == [(0,)]
    # a named metric's fact is one whatever its subject says, and carries no subject key
    named = [_figure("d9:0-5", 10216000.0, subject="医疗卫生机构床位"), _figure("d9:40-45", 10216000.0, subject="床位")]
    assert rows("select subject_head, n_mentions from facts", [], named) == [(None, 2)]


@pytest.mark.parametrize("rows", [sqlite_rows, duckdb_rows], ids=["sqlite", "duckdb"])
def test_a_series_tells_a_point_that_holds_two_values(rows) -> None:
    # 全国医疗卫生机构床位1021.6万张，其中医院床位810.5万张: a whole and its part under one metric
    more = [_figure("d9:0-7", 10216000.0, place_code="000000"), _figure("d9:20-26", 8105000.0, place_code="000000"),
            _figure("d9:40-47", 9750000.0, period="2022", place_code="000000")]
    series = rows("select period, value, n_values, place_code from series order by period, value", [], more)
    assert series == [("2022", 9750000.0, 1, "000000"), ("2023", 8105000.0, 2, "000000"),
                      ("2023", 10216000.0, 2, "000000")]


@pytest.mark.parametrize("rows", [sqlite_rows, duckdb_rows], ids=["sqlite", "duckdb"])
def test_every_period_shape_gets_its_grain_and_months(rows) -> None:
    shapes = {"2023": ("year", "2023-01", "2023-12"), "2023-06": ("month", "2023-06", "2023-06"),
              "2023Q2": ("quarter", "2023-04", "2023-06"), "2023H2": ("half", "2023-07", "2023-12"),
              "2013-2019": ("years", "2013-01", "2019-12"), "2023Q1-Q3": ("quarters", "2023-01", "2023-09"),
              "2023M01-M10": ("months", "2023-01", "2023-10"), "2023M03-M11": ("months", "2023-03", "2023-11")}
    more = [_figure(f"d9:{i}-{i + 1}", float(i), period=period) for i, period in enumerate(shapes)]
    got = rows("select period, period_grain, period_start, period_end from series", [], more)
    assert {period: tuple(rest) for period, *rest in got} == shapes


def test_a_chart_keeps_one_grain_in_time_order_and_leaves_out_doubtful_points() -> None:
    rows = [{"place": "全国", "period": "2023H1", "period_start": "2023-01", "period_grain": "half", "value": 1.0,
             "unit": "bed", "n_values": 1},
            {"place": "全国", "period": "2022H2", "period_start": "2022-07", "period_grain": "half", "value": 2.0,
             "unit": "bed", "n_values": 1},
            {"place": "全国", "period": "2023H2", "period_start": "2023-07", "period_grain": "half", "value": 3.0,
             "unit": "bed", "n_values": 2},
            {"place": "全国", "period": "2023", "period_start": "2023-01", "period_grain": "year", "value": 9.0,
             "unit": "bed", "n_values": 1}]
    kept, unit, grain, left_out = one_axis(rows)
    assert (unit, grain, left_out) == ("bed", "half", 1)
    assert series_lines(kept)[0] == ["2022H2", "2023H1"]
    assert one_axis(rows, "year")[0] == [rows[3]]
    # time order, not text order: 2023H1 comes before 2023-12
    months = [{"place": "p", "period": p, "period_start": s, "value": 1.0}
              for p, s in (("2023-12", "2023-12"), ("2023H1", "2023-01"))]
    assert series_lines(months)[0] == ["2023H1", "2023-12"]


def test_chart_draws_a_line_per_place_over_sorted_periods() -> None:
    rows = [dict(zip(("place", "period", "value"), r, strict=True)) for r in sqlite_rows(
        "select place, period, value from series where role = 'level'")]
    periods, lines = series_lines(rows + [{"place": None, "period": "2021", "value": 1.0}])
    assert periods == ["2021", "2022", "2023"]
    assert lines == {NO_PLACE: [("2021", 1.0)], "渝中区": [("2023", 120000.0)],
                     "重庆": [("2022", 580000.0), ("2023", 600000.0)]}
    svg = str(series_svg(rows, title="jobs.urban_new <level>", unit="person"))
    assert svg.startswith("<svg") and svg.count("<polyline") == 1 and svg.count('class="stats-point"') == 3
    assert "jobs.urban_new &lt;level&gt;" in svg and "重庆 2023: 600,000" in svg


def test_nothing_to_draw_gives_no_chart() -> None:
    assert str(series_svg([{"place": "重庆", "period": None, "value": 3.0}])) == ""


def test_chart_ticks_are_round_numbers_that_cover_the_values() -> None:
    assert nice_ticks(0, 231900) == [0, 100000, 200000, 300000]  # was 0, 57,975, 115,950 …
    assert nice_ticks(0, 5.5) == [0, 2, 4, 6]
    assert nice_ticks(-3, 7.42) == [-5, 0, 5, 10]
    assert len(nice_ticks(0, 0)) == 2  # one value still gets an axis
    svg = str(series_svg([{"place": "重庆", "period": "2023", "value": 231900.0}], unit="bed"))
    assert ">300,000</text>" in svg and ">57,975</text>" not in svg


def test_long_tick_labels_get_room_left_of_the_axis() -> None:
    svg = str(series_svg([{"place": "重庆", "period": "2019", "value": 142400000000.0}], unit="CNY"))
    label = regex.search(r'<text x="(\d+)"[^>]*text-anchor="end">150,000,000,000</text>', svg)
    axis = regex.search(r'<line x1="(\d+)" y1="\d+" x2="\1" y2="\d+" stroke="#333"/>', svg)
    assert label and axis and int(axis[1]) > 7 * len("150,000,000,000")  # the label ends left of the axis, on screen


def test_a_chart_of_many_places_and_periods_stays_readable() -> None:
    # 24 months in 12 places: the labels under the axis were printed over each other, and the ninth
    # place took the first place's colour, the legend running off the chart
    rows = [{"place": f"地{p:02d}", "period": f"2024-{m:02d}" if m <= 12 else f"2025-{m - 12:02d}", "value": p * m}
            for p in range(1, 13) for m in range(1, 25)]
    svg = str(series_svg(rows, unit="person"))
    assert svg.count('class="stats-point"') == 12 * 24
    labels = [float(x) for x in regex.findall(r'<text class="stats-period" x="([\d.]+)"', svg)]
    assert 2 <= len(labels) < 24 and min(b - a for a, b in itertools.pairwise(labels)) > 7 * len("2024-01")
    legend = regex.findall(r'<rect x="[\d.]+" y="[\d.]+" width="10" height="10" fill="(#\w+)"/><text class="stats-legend"'
                           r'[^>]*>([^<]+)</text>', svg)
    assert len(legend) == 9 and legend[-1][1] == "4 other places"
    assert len({colour for colour, _ in legend}) == 9  # no colour names two places
