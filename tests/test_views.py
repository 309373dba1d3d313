"""The facts and series views in SQLite and DuckDB alike, and the series chart drawn from them."""

from __future__ import annotations

import itertools
import sqlite3

import duckdb
import pytest
import regex

from stats.publish.chart import NO_PLACE, nice_ticks, series_lines, series_svg
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
CREATE = "create table figures (" + ", ".join(f'"{c}" {"double" if c == "value" else "varchar"}' for c in COLUMNS) + ")"
INSERT = f"insert into figures values ({', '.join('?' for _ in COLUMNS)})"


def sqlite_rows(sql: str) -> list[tuple]:
    con = sqlite3.connect(":memory:")
    con.execute(CREATE)
    con.executemany(INSERT, FIGURES)
    for name in ("facts", "series"):
        con.execute(f"create view {name} as {VIEWS[name]}")
    return con.execute(sql).fetchall()


def duckdb_rows(sql: str) -> list[tuple]:
    con = duckdb.connect()
    con.execute(CREATE)
    con.executemany(INSERT, FIGURES)
    for name in ("facts", "series"):
        con.execute(f"create view {name} as {VIEWS[name]}")
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
