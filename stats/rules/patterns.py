"""Checks every pattern of the rules gets, wherever it is written (lexicon or rule file).

A pattern must compile, must not nest an unbounded repeat inside another one (`(a+)+`,
`(?:\\d*x?)*`: catastrophic backtracking on a long sentence without a match), and must
finish within the time limit on every example sentence of the rules. The nesting check
is static, on the pattern text, so a runaway pattern is refused before any text is read.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

_UNBOUNDED_BRACE = regex.compile(r"\{\d*,\}")
_BRACE = regex.compile(r"\{\d*(?:,\d*)?\}")


@dataclass(frozen=True)
class LexPattern:
    """A pattern from a lexicon file, with where it is written (for `path:line` reports)."""

    what: str  # the key it stands under: layout.article_start, roles.target.patterns …
    pattern: regex.Pattern[str]
    path: str
    line: int | None


def _class_end(src: str, i: int) -> int:
    """Index just past the character class that opens at src[i] == '[' (nested sets allowed)."""
    depth, j = 0, i
    while j < len(src):
        c = src[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            depth += 1
            if src.startswith("^", j + 1):
                j += 1
            if src.startswith("]", j + 1):  # a ']' first in a class is a literal
                j += 1
        elif c == "]":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return len(src)


def _quantifier(src: str, i: int) -> tuple[bool, int] | None:
    """(unbounded?, index past it) for a quantifier at src[i], else None."""
    if i >= len(src):
        return None
    c = src[i]
    if c in "*+":
        j = i + 1
    elif c == "?":
        return False, i + 1 + (src[i + 1:i + 2] in ("?", "+"))
    elif c == "{":
        m = _BRACE.match(src, i)
        if m is None:
            return None
        return _UNBOUNDED_BRACE.fullmatch(m.group(0)) is not None, m.end() + (src[m.end():m.end() + 1] in ("?", "+"))
    else:
        return None
    return True, j + (src[j:j + 1] in ("?", "+"))


def nested_repeat(src: str) -> str:
    """The first group that repeats without bound while holding an unbounded repeat, or ''.

    `(a+)+`, `(?:x|y*)*`, `(\\d+,?){2,}` are refused; `(?:ab)+`, `(a+)?`, `(a{1,3})+` pass.
    A possessive or atomic inner repeat still counts: the check errs on the safe side.
    """
    stack: list[tuple[int, bool]] = []  # (start of group, holds an unbounded repeat)
    i = 0
    while i < len(src):
        c = src[i]
        if c == "\\":
            if src.startswith(("p{", "P{", "N{"), i + 1) or src.startswith("L<", i + 1):
                close = src.find("}" if src[i + 2] == "{" else ">", i)
                i = close + 1 if close > 0 else len(src)
            else:
                i += 2
            end = i
        elif c == "[":
            i = _class_end(src, i)
            end = i
        elif c == "(":
            stack.append((i, False))
            i += 1
            continue
        elif c == ")":
            start, inner = stack.pop() if stack else (0, False)
            i += 1
            q = _quantifier(src, i)
            if q is not None:
                unbounded, nxt = q
                if unbounded and inner:
                    return src[start:nxt]
                i = nxt
                inner = inner or unbounded
            if stack and inner:
                stack[-1] = (stack[-1][0], True)
            continue
        else:
            i += 1
            end = i
        q = _quantifier(src, end)
        if q is not None:
            unbounded, i = q
            if unbounded and stack:
                stack[-1] = (stack[-1][0], True)
    return ""


def pattern_problem(source: str, flags: int = 0) -> tuple[regex.Pattern[str] | None, str]:
    """(compiled, '') or (None, why not): the compile and static checks, with their reason."""
    try:
        compiled = regex.compile(source, flags)
    except regex.error as exc:
        return None, f"invalid regular expression: {exc}"
    nested = nested_repeat(source)
    if nested:
        return None, (f"nested unbounded repeat '{nested}' can backtrack catastrophically "
                      "(bound the inner or the outer repeat, or make the alternatives exclusive)")
    return compiled, ""
