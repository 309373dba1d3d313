"""What a text must hold for a pattern to match in it: sets of characters, worked out from the pattern.

A `regex` search that finds nothing still costs some thousands of instructions (the matcher's
state is set up for every call), and most sentences name none of what a pattern looks for
(no 月 for a month). `needs(pattern)` reads the pattern once and gives sets of characters such
that every match holds at least one character of each set (or has one of them in a lookaround
it requires, which lies in the text too); `may_match(needs, text)` is then a few `in` tests.

The reading is conservative: anything it does not follow (a class given by a range or a
category, a repeat that may be empty, a back-reference, a conditional, a flag that folds
case) adds no set, and a pattern the standard parser cannot read (duplicate group names,
`regex`-only syntax) gets none at all: the check then never skips the pattern.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the standard library's parser of patterns (renamed in Python 3.11)
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

Needs = tuple[frozenset[str], ...]

# flags under which a literal no longer stands for itself alone
_FOLDING = re.IGNORECASE | re.VERBOSE
# `regex` syntax the standard parser would read as literal characters (a POSIX class, fuzzy
# matching's {e<=1}) or as something else; a pattern holding any of it gets no pre-check
_FOREIGN = ("[:", "{e", "{i", "{d", "{s", "{1<", "{0<", "(?V1", "(?r", "(?f", "(?b", "(?e", "(?p", "(?w")
# (sources, not compiled patterns: they are needed only while an extractor is made, not at each start)
_NAMED = r"(?<!\\)\(\?P?<(?![=!])\w+>"
_PROPERTY = r"(?<!\\)\\[pP]\{[^}]*\}"
_V1 = 0x100  # regex.VERSION1: nested sets and set operations
# a set of more characters than this costs more `in` tests than the search it would save
MOST_CHARS = 6


def _one_of(item: tuple[Any, Any]) -> frozenset[str] | None:
    """The characters a single-character item matches, where it names them one by one."""
    op, av = item
    if op is _c.LITERAL:
        return frozenset(chr(av))
    if op is _c.IN:
        chars = set()
        for sub_op, sub_av in av:
            if sub_op is not _c.LITERAL:
                return None  # a range, a category or a negation: not followed
            chars.add(chr(sub_av))
        return frozenset(chars) if chars else None
    return None


def _sequence(items: Any, out: list[frozenset[str]]) -> None:
    """Add to out a set for every item of a sequence that each match must hold."""
    for op, av in items:
        one = _one_of((op, av))
        if one is not None:
            out.append(one)
        elif op is _c.SUBPATTERN:
            if av[1] or av[2]:
                continue  # flags switched on or off inside the group
            _sequence(av[3], out)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            low, _, body = av
            if low >= 1:
                _sequence(body, out)
        elif op is _c.BRANCH:
            union: set[str] = set()
            for branch in av[1]:
                sets: list[frozenset[str]] = []
                _sequence(branch, sets)
                if not sets:
                    union = set()
                    break
                union |= min(sets, key=len)
            if union:
                out.append(frozenset(union))
        elif op is _c.ASSERT:  # a lookahead or lookbehind that must hold reads the text too
            _sequence(av[1], out)
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            _sequence(av, out)


def needs(pattern: str, flags: int = 0) -> Needs:
    """Sets of characters every match of the pattern needs one of (each set) in the text; () when
    the pattern cannot be read this way, which makes `may_match` always true."""
    if flags & (_FOLDING | _V1) or any(f in pattern for f in _FOREIGN):
        return ()
    if "(?P=" not in pattern:  # group names mean nothing here; unnamed, a name used twice parses too
        pattern = re.sub(_NAMED, "(", pattern)
    # a Unicode property (\p{Han}) is a class of many characters: read as one the standard parser
    # knows (\W), which the reading never takes for a needed character either
    pattern = re.sub(_PROPERTY, r"\\W", pattern)
    try:
        parsed = _p.parse(pattern, flags & ~_FOLDING)
    except Exception:  # noqa: BLE001 - regex-only syntax: no pre-check rather than a wrong one
        return ()
    if parsed.state.flags & _FOLDING:
        return ()  # an inline (?i) or (?x)
    sets: list[frozenset[str]] = []
    _sequence(parsed, sets)
    # the smallest sets first: a sentence missing one is told quickest; duplicates dropped
    return tuple(sorted({s for s in sets if len(s) <= MOST_CHARS}, key=lambda s: (len(s), sorted(s))))


def may_match(sets: Needs, text: str) -> bool:
    """False only where the text lacks every character of one of the sets (the pattern cannot match)."""
    for chars in sets:
        for ch in chars:
            if ch in text:
                break
        else:
            return False
    return True


# what can tell a match in a cut text (endpos) from one in the whole: a look ahead, an end anchor,
# a word boundary; `regex` inline flags and escapes that are not plain characters, to be safe
_END_SENSITIVE = ("$", "(?=", "(?!", "\\b", "\\B", "\\Z", "\\z", "\\m", "\\M", "\\G", "\\K", "(?r", "(?(")


def window_closed(pattern: str) -> bool:
    """Is every match the pattern finds in a window of a text (pos, endpos) one it finds in the whole
    text too? So it is where nothing in the pattern looks past the match's end or asks where the text
    ends: then a text the pattern finds nothing in holds no window it finds anything in."""
    return not any(token in pattern for token in _END_SENSITIVE)
