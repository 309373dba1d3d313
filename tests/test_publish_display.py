"""How numbers read on the site's pages: grouped digits, no `.0`, never an exponent."""

from __future__ import annotations

import pytest

from stats.publish.display import readable_number


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (147400.0, "147,400"),  # SQLite hands back every value as a float
        (142400000000.0, "142,400,000,000"),
        (1.5e16, "15,000,000,000,000,000"),  # str() would print 1.5e+16
        (27.87, "27.87"),
        (4.96, "4.96"),
        (-0.3, "-0.3"),
        (0.1234567, "0.123457"),
        (3, "3"),
        (0.0000012, "0.000001"),
    ],
)
def test_readable_number(value: float, shown: str) -> None:
    assert readable_number(value) == shown
    assert "e" not in shown


def test_a_tiny_value_is_not_shown_as_zero() -> None:
    assert readable_number(0.00000001) not in ("0", "-0")
