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
from collections.abc import Iterable, Sequence
from typing import Any

import regex

from stats.rules.prepared import compiled_re

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
_NAMED_LIST = r"(?<!\\)\\L<\w+>"  # `regex`'s named list (\L<digits>): one of its words, read as no character
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
    # knows (\W), which the reading never takes for a needed character either; so is a named list
    # (\L<digits>{4}), whose words the reading does not look into: the rest of the pattern still counts
    pattern = re.sub(_NAMED_LIST, r"\\W", re.sub(_PROPERTY, r"\\W", pattern))
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


def _zero_width(item: tuple[Any, Any]) -> bool:
    """Whether an item matches no character wherever it matches: an anchor, a look-around, or a choice whose every
    alternative is made of those alone."""
    op, av = item
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return True
    return op is _c.BRANCH and all(branch and all(map(_zero_width, branch)) for branch in av[1])


def _first(items: Any) -> frozenset[str] | None:
    """The characters the first one a sequence matches is one of, or None where not followed."""
    items = list(items)
    for k, (op, av) in enumerate(items):
        if op is _c.AT or _zero_width((op, av)):
            # an anchor (^, \b), a look-around or a choice of them ((?:^|(?<=[，；]))) matches no character: the next
            # item matches the first
            continue
        one = _one_of((op, av))
        if one is not None:
            return one
        if op is _c.SUBPATTERN and not (av[1] or av[2]):
            return _first(av[3])
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            return _first(av[2])
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            # an item that may be left out (^[）)]?的…): a match opens with one of its characters or, without it, with
            # one of the rest's; unknown where either is (the rest may match nothing: no character opens a match)
            body, rest = _first(av[2]), _first(items[k + 1:])
            return body | rest if body is not None and rest is not None else None
        if op is _c.BRANCH:
            union: set[str] = set()
            for branch in av[1]:
                chars = _first(branch)
                if chars is None:
                    return None
                union |= chars
            return frozenset(union) if union else None
        return None
    return None


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The characters a match's first one is one of (`^(?P<level>[市县])…` → 市, 县), or None where the
    pattern cannot be read so (as for `needs`). A pattern matched at a position (`match(text, pos)`)
    cannot match where text[pos] is none of them: one `in` test instead of a matcher set up."""
    if flags & (_FOLDING | _V1) or any(f in pattern for f in _FOREIGN):
        return None
    if "(?P=" not in pattern:
        pattern = re.sub(_NAMED, "(", pattern)
    pattern = re.sub(_PROPERTY, r"\\W", pattern)
    try:
        parsed = _p.parse(pattern, flags & ~_FOLDING)
    except Exception:  # noqa: BLE001 - regex-only syntax: no check rather than a wrong one
        return None
    if parsed.state.flags & _FOLDING:
        return None
    return _first(parsed)


# the most opening strings `openings` follows before it gives up (each class multiplies them)
MOST_OPENINGS = 64


def openings(pattern: str, flags: int = 0, size: int = 2) -> frozenset[str] | None:
    """The strings of `size` characters (or fewer, where a whole match is shorter) that every match of the pattern
    opens with (`(?:民国|光绪)(?P<x>\\d{1,2})年` → 民国, 光绪), or None where the pattern cannot be read so (as for
    `first_chars`) or opens in more than MOST_OPENINGS ways. Looks around and anchors consume nothing and are passed
    over: the strings a match may open with are then more, never fewer, so a text holding none of them holds no match."""
    if flags & (_FOLDING | _V1) or any(f in pattern for f in _FOREIGN):
        return None
    if "(?P=" not in pattern:
        pattern = re.sub(_NAMED, "(", pattern)
    try:
        parsed = _p.parse(re.sub(_PROPERTY, r"\\W", pattern), flags & ~_FOLDING)
    except Exception:  # noqa: BLE001 - regex-only syntax: no opening strings rather than wrong ones
        return None
    if parsed.state.flags & _FOLDING:
        return None
    found = _open(list(parsed), frozenset({""}), size)
    return found if found and "" not in found else None


def _open(items: Any, heads: frozenset[str], size: int) -> frozenset[str] | None:
    """The strings `heads` (each of at most `size` characters) become once a sequence's items are matched after
    them, cut at `size`; None where an item is not followed."""
    for op, av in items:
        if all(len(h) >= size for h in heads):
            return heads
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # nothing consumed
        one = _one_of((op, av))
        if one is not None:
            heads = frozenset(h + c if len(h) < size else h for h in heads for c in one)
        elif op is _c.SUBPATTERN and not (av[1] or av[2]):
            got = _open(list(av[3]), heads, size)
            if got is None:
                return None
            heads = got
        elif op is _c.BRANCH:
            union: set[str] = set()
            for branch in av[1]:
                got = _open(list(branch), heads, size)
                if got is None:
                    return None
                union |= got
            heads = frozenset(union)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) and av[0] == av[1] == 1:
            got = _open(list(av[2]), heads, size)
            if got is None:
                return None
            heads = got
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            # a repeat of one or more: its first pass opens it; past that the body again or what follows, unknown
            got = _open(list(av[2]), heads, size)
            return got if got is not None and all(len(h) >= size for h in got) else None
        else:
            return None
        if len(heads) > MOST_OPENINGS:
            return None
    return heads


def words_source(words: Iterable[str]) -> str:
    """The source of a standard `re` pattern that matches, at each place, the longest of the words that starts there:
    what the alternation of the words longest first matches, written as a trie of them (the words' characters one
    branch each, a node's longer words tried before the word that ends there). "" for no words; the alternation
    itself where a word is empty (it matches at every place, as the alternation's empty branch does).

    Why: `re` tries an alternation's branches one by one at every place its first characters allow (the time words
    of `PeriodFinder`, ~130; the common short forms of places, ~120: each tried in turn at every character one of
    them opens with), a trie one branch a character. A trie tries a longer word before a shorter one it opens, and
    two words of one length that both match at a place are one word, so every match (its place and its end) is the
    alternation's: searches and finditers answer the same."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    if not unique or "" in unique:
        return "|".join(map(re.escape, unique))
    root: dict[str, dict] = {}
    for word in unique:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # (a word ends here: written after the characters that go on)

    def written(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + written(after) for ch, after in node.items() if ch]
        if "" in node:
            alts.append("")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return written(root)


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


# what a pattern may not hold to be cut at its top-level bars: a comment, a conditional, a
# back-reference or a call into a group (a branch may lean on another's group), a branch reset,
# inline flags (global ones act on every branch; verbose ones make `#` and spaces mean more)
_UNSPLITTABLE = compiled_re(r"\(\?(?:#|\(|P=|P>|&|R|\d|\||[a-zA-Z-]*\))|\(\?[a-zA-Z-]*x[a-zA-Z-]*:|\\(?:[1-9]|g<|L<)")
# more branches than this: searching them apart costs more than the whole search (a list of words)
MOST_BRANCHES = 4


def stands_alone(branch: str, flags: int = 0) -> bool:
    """May one top-level alternative of a pattern be compiled and searched alone and find what it finds as part
    of the whole? Not where it holds what acts on or leans on the other alternatives: inline flags, a reference
    to a group, a call, a conditional, or a `regex` construct `branches` does not read."""
    return not (flags & (_V1 | re.VERBOSE) or any(f in branch for f in _FOREIGN) or _UNSPLITTABLE.search(branch))


def branches(pattern: str, flags: int = 0) -> tuple[str, ...]:
    """The sources of a pattern's top-level alternatives (`a|b(c|d)` → `a`, `b(c|d)`), or () where it
    has one alone, more than MOST_BRANCHES, or holds what the cut would change the meaning of.

    A whole text holds a match of the pattern just where it holds one of a branch (a lookbehind
    reads the same text either way). `regex` skips ahead by a literal a pattern opens with
    (过去…) but not through an alternation of branches opening differently: the whole pattern is
    tried at every position, several times the cost of the branches searched one after another."""
    if flags & (_V1 | re.VERBOSE) or any(f in pattern for f in _FOREIGN) or _UNSPLITTABLE.search(pattern):
        return ()
    parts: list[str] = []
    depth, start, i, n = 0, 0, 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a class: a bar or a bracket inside stands for itself (`]` first, too)
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    if depth != 0 or not 1 < len(parts) <= MOST_BRANCHES or not all(parts):
        return ()
    return tuple(parts)


Gate = tuple[tuple["regex.Pattern[str] | re.Pattern[str]", Needs], ...]


def gate(pattern: regex.Pattern[str] | re.Pattern[str]) -> Gate:
    """The branches of a compiled pattern (`branches`), each compiled alike with what it needs; ()
    where it is not cut (then `gate_open` is true of every text)."""
    parts = branches(pattern.pattern, pattern.flags)
    if not parts:
        return ()
    engine: Any = regex if isinstance(pattern, regex.Pattern) else re
    try:
        return tuple((engine.compile(part, pattern.flags), needs(part, pattern.flags)) for part in parts)
    except Exception:  # noqa: BLE001 - a branch that does not compile alone: the whole search stays
        return ()


def gate_open(branches_: Gate, text: str) -> bool:
    """Does one of the branches find a match in the text (so the whole pattern does)? True for ()."""
    if not branches_:
        return True
    for branch, sets in branches_:
        if may_match(sets, text) and branch.search(text) is not None:
            return True
    return False


def none_of(gated: Sequence[Needs]) -> re.Pattern[str] | None:
    """A class of characters one of which every match of each gated pattern needs, or None where one of them
    tells nothing it needs (or there is none). Of the sets a pattern needs one of each, any will do: one that the
    class holds already, else the smallest, keeps the class small and the texts it lets through few. A text the
    class finds nothing in (one search in C) holds a match of none of the patterns: no test per pattern."""
    if not gated or not all(gated):
        return None
    chars: set[str] = set()
    for sets in sorted(gated, key=len):  # (a pattern of one set first: it has no choice)
        if not any(s <= chars for s in sets):
            chars |= min(sets, key=len)
    return compiled_re("[" + "".join(map(re.escape, sorted(chars))) + "]")


Split = tuple[tuple[Any, ...], "re.Pattern[str] | None", tuple[tuple[Any, Needs], ...]]


def split(checks: Sequence[tuple[Any, Needs]]) -> Split:
    """Patterns, each with what it needs, as `any_found` asks them: (those that tell nothing they need, the class
    of `none_of` for the others, the others with what each needs)."""
    gated = tuple((p, sets) for p, sets in checks if sets)
    return tuple(p for p, sets in checks if not sets), none_of([sets for _, sets in gated]), gated


def any_found(checks: Split, text: str) -> bool:
    """Does one of the patterns find a match in the text: those needing nothing told searched, the others only
    where the text holds one of their class's characters, each then behind what it needs (`split`)."""
    always, chars, gated = checks
    for p in always:
        if p.search(text) is not None:
            return True
    if chars is None or chars.search(text) is None:
        return False
    for p, sets in gated:
        if may_match(sets, text) and p.search(text) is not None:
            return True
    return False


def _class_source(op: Any, av: Any) -> str | None:
    """A single-character item as the source of a `re` class that matches just what it does, or None
    where it is not one the reading reproduces (a category but the digits: \\W stands for \\p{..} above)."""
    if op is _c.LITERAL:
        return "[" + re.escape(chr(av)) + "]"
    if op is not _c.IN:
        return None
    parts = []
    for i, (sub_op, sub_av) in enumerate(av):
        if sub_op is _c.LITERAL:
            parts.append(re.escape(chr(sub_av)))
        elif sub_op is _c.RANGE:
            parts.append(re.escape(chr(sub_av[0])) + "-" + re.escape(chr(sub_av[1])))
        elif sub_op is _c.NEGATE and i == 0:
            parts.append("^")
        elif sub_op is _c.CATEGORY and sub_av is _c.CATEGORY_DIGIT:
            parts.append(r"\d")  # a Unicode decimal digit (Nd) in `re` and in `regex` alike
        elif sub_op is _c.CATEGORY and sub_av is _c.CATEGORY_SPACE and parts[:1] != ["^"]:
            # a space: `re`'s \s holds every character `regex`'s does (and \x1c-\x1f besides), so a class of it
            # lets through all the pattern's do; not in a negated class, which would then refuse those four
            parts.append(r"\s")
        else:
            return None
    return "[" + "".join(parts) + "]" if parts and parts != ["^"] else None


def _runs(items: Any, groups: dict[int, str], runs: list[list[str]], run: list[str]) -> list[str]:
    """Add to runs every run of items each match holds one after another with nothing between (a
    class a character, [十百][0-9]); gives the run still open at the end of items."""
    for op, av in items:
        one = _class_source(op, av)
        if one is not None:
            run.append(one)
        elif op in (_c.AT, _c.ASSERT_NOT):
            continue  # no character: the items either side lie side by side
        elif op is _c.GROUPREF and av in groups:
            run.append(groups[av])  # the same text as its group, one character of that class
        elif op is _c.SUBPATTERN and not (av[1] or av[2]):
            start = len(run)
            run = _runs(av[3], groups, runs, run)
            if av[0] is not None and len(av[3]) == 1 and len(run) == start + 1 and \
                    _class_source(*av[3][0]) is not None:
                groups[av[0]] = run[-1]  # a group of one character, which a back-reference repeats
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) \
                and len(av[2]) == 1 and (one := _class_source(*av[2][0])) is not None and av[0] <= MOST_IN_A_ROW:
            # its first `low` characters stand in a row ([一二]{3,}) after what goes before, and what follows stands
            # after its last: the run goes on through it, the repeat's rest written as its own (零?, [0-9]+ read
            # [0-9][0-9]*: 年3个月 of a duration in two units, a digit between two units)
            run.extend([one] * av[0])
            if av[1] != av[0]:
                run.append(one + ("*" if av[1] == _c.MAXREPEAT else f"{{0,{av[1] - av[0]}}}"))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1 \
                and len(av[2]) == 1 and (one := _class_source(*av[2][0])) is not None:
            # (many in a row, [0-9]{6,}: the first one follows what goes before, the last goes before what follows)
            run.append(one)
            runs.append(run)
            run = [one]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            # a group repeated once at least ((?:[ \t]{1,4}-?[0-9]{1,9}){3,12}, a row's cells after its label): every
            # match holds a match of its body, and so the body's own runs ([ \t][-]?[0-9]: a gap, then a digit);
            # what stands before or after the repeat is not followed into it (its first and last turns may differ)
            runs.append(run)
            runs.append(_runs(av[2], dict(groups), runs, []))
            run = []
        elif op is _c.BRANCH and (columns := _columns(av[1])) is not None:
            # (1[89]|20): alternatives of as many characters each, a class a character: the run goes on through
            # them, a class of their characters at each place ([12][089])
            run.extend(columns)
        elif op is _c.BRANCH and (first := _edge(av[1], 0)) is not None:
            # (数|几|若干)[十百]: what goes before it is followed by the first character of an alternative, what
            # follows it by the last one
            run.append(first)
            runs.append(run)
            run = [last] if (last := _edge(av[1], -1)) is not None else []
        elif op is _c.ASSERT and av[0] == 1:
            # where the lookahead stands, every match is followed by a text its body matches: the body's own runs
            # are held too ((?=[^\n]*[%万亿]\d): a magnitude and a digit side by side, somewhere on the line)
            runs.append(_runs(av[1], groups, runs, []))
            if (first := _first(av[1])) is not None:
                run.append("[" + "".join(re.escape(ch) for ch in sorted(first)) + "]")
            runs.append(run)  # what follows the lookahead stands on the character it reads
            run = []
        elif op is _c.ASSERT and av[0] == -1:
            # where the lookbehind stands, the text before it is one its body matches: the body's runs are held,
            # and its last run ends right before what follows ((?<=[一二])[十百]: 一 or 二 before 十 or 百; a heading's
            # end, $(?<=工作(?:安排|计划)): 工作 then 安 or 计). What went before the lookbehind is that same text,
            # no run on into the body.
            runs.append(run)
            run = _runs(av[1], groups, runs, [])
        else:
            runs.append(run)
            run = []
    return run


# a repeat of one class at least this many times stands in a run that many times over ([一二]{3,}: three)
MOST_IN_A_ROW = 4


def _end_chars(items: Any, end: int) -> frozenset[str] | None:
    """The characters the first (end 0) or last (end -1) character of a sequence's matches is one of,
    looking past zero-width items, and past an optional one with its characters taken too (个?天: 个, 天); None
    where not followed."""
    maybe: frozenset[str] = frozenset()  # (the characters of the optional items passed)
    for op, av in (items if end == 0 else reversed(items)):
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) and av[0] == 0:
            chars = _end_chars(av[2], end)
            if chars is None:
                return None
            maybe |= chars
            continue
        one = _one_of((op, av))
        if one is None and op is _c.SUBPATTERN and not (av[1] or av[2]):
            one = _end_chars(av[3], end)
        elif one is None and op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) \
                and av[0] >= 1:
            one = _end_chars(av[2], end)
        elif one is None and op is _c.BRANCH:
            chars = [_end_chars(branch, end) for branch in av[1]]
            one = None if None in chars or not chars else frozenset().union(*chars)  # type: ignore[arg-type]
        return None if one is None else one | maybe
    return None


def _edge(alternatives: Any, end: int) -> str | None:
    """The class of the first (0) or last (-1) characters of a set of alternatives, as a source; where one of them
    ends on a class the characters are not listed of (a digit: (?:\\L<tens>)+|\\d{1,2}), the classes' sources
    joined (`_edge_source`)."""
    chars = [_end_chars(branch, end) for branch in alternatives]
    if not chars or None in chars:
        return _joined([_edge_source(branch, end) for branch in alternatives]) if alternatives else None
    return "[" + "".join(re.escape(ch) for ch in sorted(frozenset().union(*chars))) + "]"  # type: ignore[arg-type]


def _edge_source(items: Any, end: int) -> str | None:
    """The source of the class the first (end 0) or last (end -1) character of a sequence's matches is one of
    (`_class_source`: a digit too), looking past zero-width items; None where that item may be left out (a repeat
    of none at least) or is not read."""
    for op, av in (items if end == 0 else reversed(items)):
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue
        one = _class_source(op, av)
        if one is not None:
            return one
        if op is _c.SUBPATTERN and not (av[1] or av[2]):
            return _edge_source(av[3], end)
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            return _edge_source(av[2], end)
        if op is _c.BRANCH:
            return _joined([_edge_source(branch, end) for branch in av[1]])
        return None
    return None


def _joined(sources: list[str | None]) -> str | None:
    """One class holding what each of the classes (sources of `_class_source`) does, None where one is missing or
    negated (a negated class cannot be joined so)."""
    if not sources or any(s is None or s.startswith("[^") for s in sources):
        return None
    return "[" + "".join(dict.fromkeys(s[1:-1] for s in sources if s is not None)) + "]"


def _columns(alternatives: Any) -> list[str] | None:
    """Where every alternative is a run of as many single-character items (classes, `_class_source`), the class of
    each place's characters; else None. A match of the alternation is then that many characters, one of each."""
    rows = [[_class_source(op, av) for op, av in branch] for branch in alternatives]
    if not rows or not rows[0] or any(len(row) != len(rows[0]) for row in rows):
        return None
    out = [_joined(list(column)) for column in zip(*rows, strict=True)]
    return None if None in out else out  # type: ignore[return-value]


def _width(source: str) -> int:
    """How many characters a class of `_class_source` matches (a digit counts ten, a negated class all)."""
    op, av = _p.parse(source)[0]
    if op is not _c.IN:
        return 1 if op is _c.LITERAL else 1 << 20  # [年] is read as 年, [^x] as all but x
    width = 0
    for item, value in av:
        if item is _c.NEGATE:
            return 1 << 20
        width += value[1] - value[0] + 1 if item is _c.RANGE else 10 if item is _c.CATEGORY else 1
    return width


def _best_run(items: Any) -> str | None:
    """The longest run (`_runs`) of at least two characters every match of a sequence holds, as a source: the
    characters it must hold counted (a class repeated maybe, [零]? or [0-9]*, not), optional ones at its ends
    left off; where there is none, an alternation of words it holds (`_words_run`)."""
    found = _held_run(items)
    return found[1] if found is not None else None


def _held_run(items: Any) -> tuple[int, str] | None:
    """`_best_run` with how many characters every text it finds holds (an alternation's: its shortest branch's)."""
    runs: list[list[str]] = []
    runs.append(_runs(items, {}, runs, []))
    runs = [_trimmed(run) for run in runs]
    best = min(runs, key=lambda run: (-_held(run), sum(_width(c) for c in run if _one(c))))  # of the longest, the narrowest
    return (_held(best), "".join(best)) if _held(best) >= 2 else _words_run(items)


def _words_run(items: Any) -> tuple[int, str] | None:
    """Where a sequence holds no run of two characters of its own, an alternation it holds one branch of, each
    branch holding a run (…(?:民生实事|为民办实事|民生工程|实事项目)… between repeats of any character), as the
    alternation of those runs, with how many characters its shortest holds; of several such alternations (in the
    sequence or in groups of it) the one whose shortest holds the most. None where there is none. Every match of
    the sequence holds a match of one branch, and that a match of its run: the alternation of the runs is found
    wherever the sequence is, and a `re` search of it is a scan in C as a run's is."""
    best: tuple[int, str] | None = None
    for op, av in items:
        found: tuple[int, str] | None = None
        if op is _c.SUBPATTERN and not (av[1] or av[2]):
            found = _words_run(av[3])  # (a group's items stand in the sequence as they are)
        elif op is _c.BRANCH:
            alternatives = [_held_run(branch) for branch in av[1]]
            if alternatives and None not in alternatives:
                found = (min(held for held, _ in alternatives),  # type: ignore[misc]
                         "|".join(dict.fromkeys(source for _, source in alternatives)))  # type: ignore[misc]
        if found is not None and (best is None or found[0] > best[0]):
            best = found
    return best


def _one(item: str) -> bool:
    """Is a run's item one character (a class), not a class repeated maybe (`[零]?`, `[0-9]*`, `[0-9]{0,3}`)?"""
    return item.endswith("]")


def _held(run: list[str]) -> int:
    """How many characters every text a run matches holds."""
    return sum(map(_one, run))


def _trimmed(run: list[str]) -> list[str]:
    """The run without the optional items at its ends (they narrow nothing a search must find)."""
    k, n = 0, len(run)
    while k < n and not _one(run[k]):
        k += 1
    while n > k and not _one(run[n - 1]):
        n -= 1
    run = run[k:n]
    while len(run) > 2 and run[1].startswith(run[0]) and not _one(run[1]):
        del run[1]  # ([0-9][0-9]*年 opening the run: its last digit stands before 年, [0-9]年 says as much)
    return run


_LIST_NAME = r"(?<!\\)\\L<(\w+)>"


def _list_class(words: Any) -> str | None:
    """A named list whose words are a character each, as the class of them (else None)."""
    if not words or not all(isinstance(w, str) and len(w) == 1 for w in words):
        return None
    return "[" + "".join(re.escape(w) for w in sorted(words)) + "]"


# the flags a pair gate reads a pattern under as `re` does (others: no gate)
_GATE_FLAGS = re.UNICODE | re.MULTILINE | re.DOTALL


def _gate_parsed(pattern: str, flags: int, lists: dict[str, Any] | None = None) -> list[Any] | None:
    """The items of a `regex` pattern as `re`'s parser reads them, for the gates that stand before it (`opening_run`,
    `pair_gate`): names, Unicode properties and named lists read as what any character may be (a named list of
    words of one character each as their class, where `lists` gives it); None where `re` cannot read the pattern
    so (regex-only syntax, flags it does not share, case folding): no gate rather than a wrong one."""
    if flags & ~_GATE_FLAGS & ~regex.VERSION0 or any(f in pattern for f in _FOREIGN):
        return None
    if "(?P=" not in pattern:
        pattern = re.sub(_NAMED, "(", pattern)
    if lists:
        pattern = re.sub(_LIST_NAME, lambda m: _list_class(lists.get(m.group(1))) or m.group(), pattern)
    pattern = re.sub(_NAMED_LIST, r"\\W", re.sub(_PROPERTY, r"\\W", pattern))
    try:
        parsed = _p.parse(pattern, flags & _GATE_FLAGS)
    except Exception:  # noqa: BLE001 - regex-only syntax
        return None
    return None if parsed.state.flags & _FOLDING else list(parsed)


def opening_run(pattern: str, flags: int = 0) -> str | None:
    """The source of a `re` pattern anchored at the text's start (`^[\\d][\\d]{0,1}[.．、]`) that a text the pattern
    matches at its start (`match`) matches too: the characters each such match opens with, one after another, as far
    as they run unbroken (classes and repeats of a class, as `_runs` reads them; looks around and anchors consume
    nothing and are passed over); None where the pattern cannot be read so or opens with no such character."""
    parsed = _gate_parsed(pattern, flags)
    if parsed is None:
        return None
    run: list[str] = []
    _opening(parsed, run)
    while run and not _one(run[-1]):
        run.pop()  # (a class repeated maybe at its end narrows nothing; at its start it stays: the run is anchored)
    return "^" + "".join(run) if _held(run) else None


def _opening(items: Any, run: list[str]) -> bool:
    """Add to run the classes a sequence's matches open with, one after another; False where the run breaks (an
    item it does not read), True where the whole sequence was read."""
    for op, av in items:
        one = _class_source(op, av)
        if one is not None:
            run.append(one)
        elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # (nothing consumed: the next item opens at the same place)
        elif op is _c.SUBPATTERN and not (av[1] or av[2]):
            if not _opening(av[3], run):
                return False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) \
                and len(av[2]) == 1 and (one := _class_source(*av[2][0])) is not None and av[0] <= MOST_IN_A_ROW:
            run.extend([one] * av[0])
            if av[1] != av[0]:
                run.append(one + ("*" if av[1] == _c.MAXREPEAT else f"{{0,{av[1] - av[0]}}}"))
        else:
            return False
    return True


# one item of a run `pair_gate` writes: a class, maybe repeated ([\\d], [年], [\\s]*, [第]{0,1})
_RUN_ITEM = compiled_re(r"\[(?:\\.|[^\]\\])*\](?:\*|\{0,\d+\})?")


def runs_tree(gates: Sequence[str]) -> str:
    """The alternation of gates (runs of classes, `pair_gate`'s, or alternations of them) as one search that tries
    each first class once at a place, the runs that open alike as a tree ([\\d](?:[\\d][\\d][\\d]…|[.．、])), a run
    that opens with a shorter one left out (the shorter finds wherever it does), and every first class behind one
    look-ahead of them all: `re` tries each branch of an alternation at every place of a line, and most places hold
    none of those characters. A gate it cannot read so is one branch as it is. (Layout's line sieves, speed48; the
    exclusions' pair gates of more than one branch, `pipeline._pair_gate`.)"""
    root: dict[str | None, dict] = {}  # type: ignore[type-arg]
    opaque: list[str] = []
    for gate in gates:
        runs: list[list[str]] = [[]]
        at = 0
        while at < len(gate):
            if gate[at] == "|":
                runs.append([])
                at += 1
                continue
            item = _RUN_ITEM.match(gate, at)
            if item is None:
                runs = []
                break
            runs[-1].append(item.group())
            at = item.end()
        if not runs or not all(runs) or any(run[0][-1] != "]" or run[0].startswith("[^") for run in runs):
            opaque.append(gate)  # (a gate of another form, or a run opening with a class maybe or negated)
            continue
        for run in runs:
            node = root
            for item in run:
                if None in node:
                    break  # a shorter run ends here: this one finds nothing more
                node = node.setdefault(item, {})
            else:
                node.clear()
                node[None] = {}

    def tree(node: dict) -> str:  # type: ignore[type-arg]
        if None in node:
            return ""
        branches = [item + tree(child) for item, child in node.items()]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    out = []
    if root:
        firsts = "".join(item[1:-1] for item in root)
        out.append(f"(?=[{firsts}]){tree(root)}")
    return "|".join(out + list(dict.fromkeys(opaque)))


def pair_gate(pattern: str, flags: int = 0, lists: dict[str, Any] | None = None) -> str | None:
    """The source of a `re` pattern every text the pattern matches in holds a match of: characters
    that must stand side by side (mixed_digits' `(?<=[一二…])[十百…][0-9]|[一二…]0` → `[一二…][十百…][0-9]|[一二…]0`),
    or None where the pattern cannot be read so (as for `needs`) or holds no two such characters.

    `needs` tells characters a match holds anywhere: 年 and 出 are in almost every bulletin's sentence,
    年出 (98年出生) in few. A `re` search of a class or two is a scan in C, well cheaper than the
    `regex` search it spares, which sets up its matcher and tries every position. lists: the
    pattern's named lists (`named_lists`); one of words of a character each is read as their class."""
    items = _gate_parsed(pattern, flags, lists)
    if items is None:
        return None
    while len(items) == 1 and items[0][0] is _c.SUBPATTERN and not (items[0][1][1] or items[0][1][2]):
        items = list(items[0][1][3])  # (?P<x>a|b): the group's alternatives are the pattern's
    if len(items) == 1 and items[0][0] is _c.BRANCH:
        alternatives = [_best_run(branch) for branch in items[0][1][1]]
        return None if None in alternatives else "|".join(dict.fromkeys(a for a in alternatives if a))
    return _best_run(items)
