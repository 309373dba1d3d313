"""A small inline SVG line chart of one metric's series: periods across, values up, a line per place.

The site must work without network access at view time, so the chart is drawn
here as plain SVG markup (no JavaScript, no fonts or scripts fetched from a CDN).
The same function draws the chart in the example notebook, so the page and the
notebook cannot disagree.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

from markupsafe import Markup, escape

WIDTH, HEIGHT = 640, 320
LEFT, RIGHT, TOP, BOTTOM = 80, 150, 30, 50
COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf")
OTHERS = "#b0b0b0"
"""The colour of the places past the eighth: a ninth colour would repeat one, and the legend would name two
places by one swatch."""
NO_PLACE = "(no place)"
CHAR_WIDTH = 7
"""Width in px of a digit or comma of the 11 px sans-serif tick labels, rounded up."""


def _label(number: float) -> str:
    """A compact tick label: 231900 → 231,900; 5.5 → 5.5."""
    return f"{number:,.0f}" if abs(number) >= 100 else f"{number:,.4g}"


def nice_ticks(low: float, high: float, count: int = 4) -> list[float]:
    """Round tick values from at or below `low` to at or above `high`, about `count` steps of 1, 2 or 5
    times a power of ten (0, 50,000, 100,000 … rather than 0, 57,975, 115,950 …)."""
    span = high - low if high > low else abs(high) or 1.0
    raw = span / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    first = math.floor(low / step) * step
    ticks = [first]
    while ticks[-1] < high - 1e-9 * step or len(ticks) < 2:
        ticks.append(first + step * len(ticks))
    return ticks


def series_lines(rows: Iterable[Mapping[str, Any]]) -> tuple[list[str], dict[str, list[tuple[str, float]]]]:
    """The periods in time order and, per place, its (period, value) points; rows without a value are skipped.

    Time order is the series' period_start where the rows carry it (2023H1 before 2023-12, which the
    period's text sorts after), else the period's text."""
    lines: dict[str, list[tuple[str, float]]] = {}
    order: dict[str, tuple[str, str]] = {}
    for row in rows:
        if row.get("value") is None or not row.get("period"):
            continue
        period = str(row["period"])
        place = row.get("place") or NO_PLACE
        lines.setdefault(place, []).append((period, float(row["value"])))
        order[period] = (str(row.get("period_start") or period), period)
    for points in lines.values():
        points.sort(key=lambda point: (order[point[0]], point[1]))
    return sorted(order, key=order.__getitem__), dict(sorted(lines.items()))


def _most(values: list[Any]) -> Any:
    """The value most rows have; the first in sort order among equals, so a chart is the same every time."""
    return max(sorted(set(values), key=str), key=values.count)


def one_axis(rows: Iterable[Mapping[str, Any]], grain: str | None = None
             ) -> tuple[list[Mapping[str, Any]], str, str, int]:
    """The rows a chart can put on one axis: in the unit and the period grain most of them have, without
    the points where the series holds two values (n_values over 1: a whole and its part both counted under
    one metric), since a line through one of them would be a guess. `grain` (?period_grain=) picks another
    grain. Gives the rows, the unit, the grain and
    how many points were left out for holding two values, so the chart can say so."""
    rows = [row for row in rows if row.get("value") is not None and row.get("period")]
    if not rows:
        return [], "", "", 0
    unit = _most([row.get("unit") or "" for row in rows])
    rows = [row for row in rows if (row.get("unit") or "") == unit]
    grain = grain or _most([row.get("period_grain") or "" for row in rows])
    rows = [row for row in rows if (row.get("period_grain") or "") == grain]
    kept = [row for row in rows if (row.get("n_values") or 1) <= 1]
    return kept, unit, grain, len(rows) - len(kept)


def series_svg(rows: Iterable[Mapping[str, Any]], title: str = "", unit: str = "") -> Markup:
    """An SVG chart of the rows (each with period, value and optionally place); empty if nothing to draw."""
    periods, lines = series_lines(rows)
    if not periods:
        return Markup("")
    values = [value for points in lines.values() for _, value in points]
    ticks = nice_ticks(min(min(values), 0.0), max(values))
    low, high = ticks[0], ticks[-1]
    # room for the longest tick label (150,000,000,000 yuan needs more than 80 px)
    left = max(LEFT, 10 + CHAR_WIDTH * max(len(_label(tick)) for tick in ticks))
    plot_w, plot_h = WIDTH - left - RIGHT, HEIGHT - TOP - BOTTOM

    def x(period: str) -> float:
        return left + (plot_w * (periods.index(period) + 0.5) / len(periods))

    def y(value: float) -> float:
        return TOP + plot_h * (1 - (value - low) / (high - low))

    parts = [
        f'<svg class="stats-chart" xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" role="img" font-family="sans-serif" font-size="11">',
        f"<title>{escape(title)}</title>",
        f'<text x="{left}" y="18" font-size="13" font-weight="bold">{escape(title)}</text>',
        f'<line x1="{left}" y1="{TOP + plot_h}" x2="{left + plot_w}" y2="{TOP + plot_h}" stroke="#333"/>',
        f'<line x1="{left}" y1="{TOP}" x2="{left}" y2="{TOP + plot_h}" stroke="#333"/>',
    ]
    for value in ticks:
        parts.append(f'<line x1="{left - 4}" y1="{y(value):.1f}" x2="{left + plot_w}" y2="{y(value):.1f}" stroke="#ddd"/>')
        parts.append(f'<text x="{left - 6}" y="{y(value) + 4:.1f}" text-anchor="end">{_label(value)}</text>')
    # one label every `every` periods, so that 24 periods in 410 px do not print over each other
    widest = CHAR_WIDTH * max(len(period) for period in periods) + 6
    every = max(1, math.ceil(widest / (plot_w / len(periods))))
    for index, period in enumerate(periods):
        parts.append(f'<line x1="{x(period):.1f}" y1="{TOP + plot_h}" x2="{x(period):.1f}" y2="{TOP + plot_h + 4}" '
                     'stroke="#333"/>')
        if index % every == 0:
            parts.append(f'<text class="stats-period" x="{x(period):.1f}" y="{TOP + plot_h + 16}" '
                         f'text-anchor="middle">{escape(period)}</text>')
    if unit:
        parts.append(f'<text x="{left}" y="{HEIGHT - 8}">{escape(unit)}</text>')
    # the places with the most points get a colour and a legend line each, the rest one grey line
    ranked = sorted(lines, key=lambda place: (-len(lines[place]), place))
    coloured = {place: COLOURS[index] for index, place in enumerate(ranked[: len(COLOURS)])}
    others = len(lines) - len(coloured)
    for place, points in sorted(lines.items(), key=lambda item: item[0] in coloured):  # grey drawn first, below
        colour = coloured.get(place, OTHERS)
        coords = " ".join(f"{x(p):.1f},{y(v):.1f}" for p, v in points)
        if len({period for period, _ in points}) == len(points) > 1:  # two values in one period: no line
            parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{coords}"/>')
        for period, value in points:
            parts.append(
                f'<circle class="stats-point" cx="{x(period):.1f}" cy="{y(value):.1f}" r="4" fill="{colour}">'
                f"<title>{escape(place)} {escape(period)}: {_label(value)}</title></circle>"
            )
    legend = [(place, coloured[place]) for place in sorted(coloured)]
    if others:
        legend.append((f"{others} other place{'s' if others > 1 else ''}", OTHERS))
    for index, (name, colour) in enumerate(legend):
        legend_y = TOP + 14 * index
        parts.append(f'<rect x="{left + plot_w + 12}" y="{legend_y}" width="10" height="10" fill="{colour}"/>')
        parts.append(f'<text class="stats-legend" x="{left + plot_w + 26}" y="{legend_y + 9}">{escape(name)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
