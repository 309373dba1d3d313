"""负的 between a minus word and a rate (增速为负的3.2%): the number after 的 alone would read +3.2, a wrong
sign; exclusions.yaml `exclude.negative_rate_apart` gives no figure there, while a count after 负的 and a rate
signed right at its digits keep theirs."""

from __future__ import annotations

import pytest

from stats import extract_text


def _read(text: str) -> list[tuple[float, str]]:
    return [(f["value"], f["measure"]) for f in extract_text(text)]


@pytest.mark.parametrize("text", [
    "上半年全区规上工业增加值增速为负的2.7%。",
    "受价格下跌影响，利润增速是负的百分之四点二。",
    "农业增加值占比较上年变化为負的0.3个百分点。",
    "当月出口增速为负的 1.8 ‰。",
])
def test_a_rate_after_negative_de_is_never_read_unsigned(text: str) -> None:
    got = _read(text)
    assert not [f for f in got if f[0] > 0], got


@pytest.mark.parametrize("text, want", [
    ("今年前三季度增速为负的3个乡镇已全部扭转。", (3.0, "个")),
    ("一季度增速为负1.2%，二季度回升。", (-1.2, "%")),
    ("全县肩负的5项改革任务全部完成。", (5.0, "项")),
    ("去年增速为负的2.1%，今年预计增长6%左右。", (6.0, "%")),
])
def test_counts_and_signed_rates_keep_their_figures(text: str, want: tuple[float, str]) -> None:
    assert want in _read(text), _read(text)
