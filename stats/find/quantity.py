"""One figure as the grammar read it (`Quantity`), and the rounding every value goes through.

Its own module, below both readers of a sentence: quantities builds figures from one match of
the grammar, quantity_links rebuilds them where neighbours make one figure (5、6万人, 3元至5元),
and neither needs the other's machinery to know what a figure is.
"""

from __future__ import annotations

from dataclasses import dataclass


def clean(v: float) -> float:
    """18.6亿 is 1860000000, not 1860000000.0000002: drop binary noise past 15 digits.

    15, not fewer: a double holds 15 significant digits exactly, and 100,000,000,000.10元
    has 14 that matter."""
    if v.is_integer() and -1e15 < v < 1e15:
        return v  # a whole number of at most 15 digits has no noise to drop (most figures: no string round trip)
    return float(f"{v:.15g}")


@dataclass(frozen=True)
class Quantity:
    start: int  # offsets within the sentence
    end: int
    quote: str
    value: float
    value_high: float | None
    measure: str
    unit: str
    qualifier: str
    how: str  # measure | elided | measure_before | people
    word: str  # the measure word as written (个百分点 where measure is 百分点)
    num_start: int  # where the digits begin (after a prefix qualifier)
    num_end: int  # where the number with its magnitude ends (before the measure word)

    def __init__(self, start: int, end: int, quote: str, value: float, value_high: float | None, measure: str,
                 unit: str, qualifier: str, how: str, word: str, num_start: int, num_end: int) -> None:
        """The generated one, fields in their declared order, but the instance's dict filled directly.

        Why: a frozen dataclass's generated `__init__` sets each field through `object.__setattr__` (speed40 measured
        about 1,800 instructions a field under callgrind), and the grammar builds a quantity for every candidate
        number of a page (3,258 on bench's dense2). Still frozen: setting a field afterwards raises as before.
        (tests/test_frozen_inits.py holds this signature to the fields.)"""
        d = self.__dict__
        d["start"] = start
        d["end"] = end
        d["quote"] = quote
        d["value"] = value
        d["value_high"] = value_high
        d["measure"] = measure
        d["unit"] = unit
        d["qualifier"] = qualifier
        d["how"] = how
        d["word"] = word
        d["num_start"] = num_start
        d["num_end"] = num_end
