"""What the number-form suites (test_numforms*) compare: a text's figures as (quote, value, value_high, qualifier),
values within float tolerance, so a case is written as the reader should give it."""

from __future__ import annotations

import pytest

import stats

Fig = tuple[str, float, float | None, str]  # quote, value, value_high, qualifier


def figs(text: str) -> list[Fig]:
    return [(f["quote"], f["value"], f["value_high"], f["qualifier"]) for f in stats.extract_text(text)]


def close(got: list[Fig], want: list[Fig]) -> bool:
    return len(got) == len(want) and all(
        g[0] == w[0] and g[1] == pytest.approx(w[1]) and (g[2] is None) == (w[2] is None)
        and (w[2] is None or g[2] == pytest.approx(w[2])) and g[3] == w[3] for g, w in zip(got, want, strict=True))
