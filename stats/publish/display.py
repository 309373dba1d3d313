"""How a number reads on the site's HTML pages: digits grouped, no `.0`, never in exponent form.

SQLite hands every value back as a float, so Datasette printed 142400000000.0 for
1424亿元 and would print 1e+16 past fifteen digits: hard to read against the quote
beside it. The pages show 142,400,000,000 instead; JSON and CSV keep the stored
number, since programs read those.
"""

from __future__ import annotations

import math

DECIMALS = 6
"""Enough for a rate given to four places (5.5%, 0.1234); trailing zeros are dropped."""


def readable_number(value: float | int) -> str:
    """`value` with thousands separators: 147400.0 → 147,400; 27.87 → 27.87; 1.5e16 → 15,000,000,000,000,000."""
    if isinstance(value, bool) or not math.isfinite(value):
        return str(value)
    if float(value).is_integer():
        return f"{int(value):,}"
    text = f"{value:,.{DECIMALS}f}".rstrip("0").rstrip(".")
    return text if text not in ("0", "-0") else f"{value:.3g}"  # a tiny rate keeps its digits
