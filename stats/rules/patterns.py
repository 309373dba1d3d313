"""Reject, when the rules load, the pattern shape that backtracks without end: a repeat inside a repeat.

Rule patterns run without a timeout on the hot path (a timeout on every call cost more
than the match itself). What keeps a run from hanging is this check, which refuses a
group with an unbounded repeat inside that is itself repeated without bound, such as
`(\\d+)+` or `(?:年|\\p{Han}*)*`, and the per-document CPU budget of the runner, which
re-extracts a document that overruns it with timeouts on (for shapes no static check
sees, such as `(a|aa)+`). Possessive repeats (`a++`) and atomic groups (`(?>…)`) give
back nothing, so they are allowed anywhere.
"""

from __future__ import annotations

_OPEN_CLASS = "["


def _skip_class(src: str, i: int) -> int:
    """Index just past the character class that starts at src[i] == '[' (nested classes, escapes)."""
    depth, i = 0, i
    while i < len(src):
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            depth += 1
            if i + 1 < len(src) and src[i + 1] == "^":
                i += 1
            if i + 1 < len(src) and src[i + 1] == "]":  # a literal ] first in the class
                i += 1
        elif c == "]":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return i


def _quantifier(src: str, i: int) -> tuple[bool, bool, int]:
    """At src[i]: (is a quantifier, is unbounded and not possessive, index past it)."""
    if i >= len(src):
        return False, False, i
    c = src[i]
    if c in "*+?":
        j = i + 1
        unbounded = c != "?"
    elif c == "{":
        close = src.find("}", i)
        body = src[i + 1:close] if close > 0 else ""
        parts = body.split(",")
        if close < 0 or len(parts) > 2 or not all(p.strip().isdigit() or p.strip() == "" for p in parts) \
                or not parts[0].strip() and len(parts) == 1:
            return False, False, i  # a literal brace
        j = close + 1
        unbounded = len(parts) == 2 and parts[1].strip() == ""
    else:
        return False, False, i
    if j < len(src) and src[j] == "+":  # possessive: never backtracks into the repeat
        return True, False, j + 1
    if j < len(src) and src[j] == "?":  # lazy: backtracks all the same
        j += 1
    return True, unbounded, j


def nested_repeat(src: str) -> str | None:
    """The first group repeated without bound that holds an unbounded repeat itself, or None."""
    stack: list[tuple[int, bool, bool]] = []  # (start index, atomic, holds an unbounded repeat)
    i = 0
    holds = False  # does the current group (or the top level) hold an unbounded repeat so far
    while i < len(src):
        c = src[i]
        if c == "\\":
            if src.startswith(("\\p{", "\\P{", "\\N{"), i) and "}" in src[i:]:
                i = src.index("}", i) + 1
            else:
                i += 2
            is_q, unbounded, i = _quantifier(src, i)
            holds = holds or unbounded
            continue
        if c == _OPEN_CLASS:
            i = _skip_class(src, i)
            is_q, unbounded, i = _quantifier(src, i)
            holds = holds or unbounded
            continue
        if c == "(":
            atomic = src.startswith("(?>", i)
            stack.append((i, atomic, holds))
            holds = False
            i += 1
            continue
        if c == ")" and stack:
            start, atomic, outer = stack.pop()
            is_q, unbounded, j = _quantifier(src, i + 1)
            if unbounded and holds and not atomic:
                return src[start:j]
            holds = outer or unbounded or (holds and not atomic)
            i = j
            continue
        i += 1
        is_q, unbounded, i = _quantifier(src, i)
        holds = holds or unbounded
    return None


def catastrophic(src: str) -> str | None:
    """A reason to refuse the pattern, naming the offending group, or None when it is safe."""
    group = nested_repeat(src)
    if group is None:
        return None
    return (f"the group {group} repeats a repeat without bound, which backtracks without end on a long "
            "non-matching text; bound the inner or the outer repeat ({1,20}), or make one possessive (++, *+)")
