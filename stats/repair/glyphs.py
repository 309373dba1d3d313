"""Characters a PDF text extractor gets wrong in ways the text itself shows: compatibility forms and (cid:N).

Many Chinese PDF fonts map their glyphs to the Kangxi radicals (U+2F00–U+2FD5) or to the
CJK compatibility ideographs instead of the unified ideographs they look like; pdfminer,
pdfplumber, pypdf and PyMuPDF pass them on as the font says. The text then reads right
and matches nothing: a unit written with the radical form of its character is no unit
to the rules. Unicode's NFKC folds each of these to the one unified ideograph it stands
for; `compat_fold` is that fold for these blocks only, one character for one (so source
offsets stay one-for-one). What NFKC would widen into several characters is left as it
is: an enclosed or parenthesised numeral (a list marker) folded to digits would run into
the number after it, and a squared unit sign would change the unit the rules read.

A glyph the font gives no Unicode for comes out of pdfminer as `(cid:N)`. It may have
been a digit: the number it stands in or next to cannot be read with confidence, so
`blank_cids` blanks the mark and the number around it (a wrong value is worse than a
missing one), keeping the text's length.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from stats.rules.prepared import compiled_re

# the blocks whose NFKC forms are single unified ideographs
_BLOCKS = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))
# small form variants (U+FE50–FE6F) of the signs numbers use, folded as their full-width forms are
_SMALL = (0xFE50, 0xFE6F)
_NUMBER_SIGNS = "%.+-"

_CID = compiled_re(r"[\d.,%]*(?:\(cid:\d+\)[\d.,%]*)+")


@lru_cache(maxsize=1)
def compat_fold() -> dict[str, str]:
    """Radical and compatibility forms → the unified ideograph NFKC gives, where it gives one character.
    Worked out once a process (~2,900 code points through NFKC, asked three times at import): callers copy it."""
    out = {}
    for lo, hi in _BLOCKS:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            folded = unicodedata.normalize("NFKC", ch)
            if folded != ch and len(folded) == 1:
                out[ch] = folded
    for cp in range(_SMALL[0], _SMALL[1] + 1):
        folded = unicodedata.normalize("NFKC", chr(cp))
        if folded in _NUMBER_SIGNS:
            out[chr(cp)] = folded
    return out


def blank_cids(folded: str, src: int, notes: list[str] | None = None) -> str:
    """`(cid:N)` marks and any number touching them turned to spaces (dropped by the layout repair)."""
    def blank(m: re.Match[str]) -> str:
        if notes is not None and any(c.isdigit() for c in re.sub(r"\(cid:\d+\)", "", m.group())):
            notes.append(f"source offset {src + m.start()}: «{m.group()[:30]}»: a glyph without Unicode "
                         "((cid:N)) inside or next to a number: the number is left out")
        return " " * len(m.group())

    return _CID.sub(blank, folded)
