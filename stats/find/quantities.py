"""Find quantities in a sentence: number, magnitude, measure word and qualifier, with values.

One compiled pattern per lexicon scans for every place a numeral can start. The word
lists (measure words, magnitudes, qualifiers) are spliced in from rules/lexicon with the
`regex` module's named lists, so this module holds grammar, not vocabulary. A match with
no measure word after it is kept only where the lexicon says what it counts: a unit
written once for several numbers (分别提高2.1个、0.7个百分点), a unit named before the
number (接待游客人次1.3亿), or a bare count of people (12万余外出务工人员).

This module reads one match at a time (`_from_match`) and decides which bare matches to keep;
what neighbouring figures make together (5、6万人, 从3到5万元, 一米七到一米八) is read by the
passes of quantity_links, which `find` applies and which never import this module.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cached_property

import regex

from stats.find.numerals import parse_chinese, parse_fraction, parse_number, too_long
from stats.find.quantity import Quantity, clean
from stats.find.quantity_links import QuantityLinks
from stats.rules.lexicon import Lexicon, Measure
from stats.rules.prepared import compiled_re, compiled_regex

# An Arabic number: groups of exactly three digits after each comma, one to three before the first, and no point
# or comma with a digit after its end (1.234.567, 12,34, 1,2345, 1234,567 are no numbers: no reading of them is
# sure, never 1.234, 12 or 1234567)
_ARABIC = r"(?:\d{1,3}(?:,\d{3}(?!\d))+|\d+)(?:\.\d+)?(?![.,]?\d)"
_HAN = compiled_regex(r"\p{Han}")
# A number with a space and another number after it: a cell of a table row the page layout kept
# apart (layout._NUMBER_GAP, or a row of whole numbers: `_Repairer.row_gaps`), whose unit no word before it names
# the character the repair puts for one it made unreadable (a cut number's digits: stats.repair)
_UNREADABLE = "\ufffd"
_ROW_CELL = compiled_re(r"[ \t]+-?\d")
# A label's unit in brackets right before a bare number (城镇新增就业（万人）21.4, 发放创业担保贷款（亿元）1.62): a
# table of one row of heads over one row of values read a head, then its value, line by line, glued into one run
# by the layout. The bracket holds a unit alone (a magnitude maybe, no digit), a label's word before it; the
# number is the value in that unit. Asked only where a closing bracket stands right before the number.
# (or its colon after the bracket: 营业收入（万元）：12345, a label and its value on one line)
_LABEL_UNIT_BEFORE = compiled_regex(r"\p{Han}\p{Ps}([^\p{Ps}\p{Pe}\d\s]{1,4})\p{Pe}[ \t]?(?:[:\uff1a][ \t]?)?$")
_LABEL_UNIT_REACH = 8  # the characters before a number that such a label's end and its unit fit in
_YEAR_LIKE = compiled_re(r"(?:19|20)\d\d")  # a bare year after a head's unit (金额（万元）2024): no value
_GROUPED = compiled_re(r"[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?")  # 12,345: a number in groups of three (`_label_unit`)
# How many times the low end of a range may go into its high end where the low end shares the high
# end's magnitude (1-100万 does; 3至7000万 does not: 3万 or 3000万 written short, no sure reading)
RANGE_SPREAD = 100.0
_SUPERSCRIPT = "\u207b\u207a\u2070\u00b9\u00b2\u00b3\u2074-\u2079"  # ⁻⁺⁰¹²³⁴…⁹ of 10⁴


# The named groups of the pattern in order (a match is read as one tuple, `Match.groups()`), and
# the index into `Match.regs` (spans; 0 is the whole match) of those read by position.
_GROUPS = ("pre", "negp", "pct", "neg", "n1", "cnt", "m1", "u1", "incl", "sep", "pct2", "neg2", "n2", "cnt2", "m2",
           "inf", "m3", "hc", "half1", "hmeas", "meas", "half2", "sub", "dec", "post")
_PRE, _NEGP, _PCT, _NEG, _N1, _M1, _PCT2, _N2, _M2, _INF, _M3, _HMEAS, _MEAS, _HALF2, _SUB, _DEC, _POST = (
    _GROUPS.index(n) + 1 for n in ("pre", "negp", "pct", "neg", "n1", "m1", "pct2", "n2", "m2", "inf", "m3",
                                   "hmeas", "meas", "half2", "sub", "dec", "post"))
_U1, _SEP = _GROUPS.index("u1") + 1, _GROUPS.index("sep") + 1
_NUM_PARTS = (_N1, _M1, _N2, _M2, _INF, _M3)  # the number with its magnitude: where a figure without a measure ends
_NUM_HEADS = (_NEGP, _PCT, _NEG, _N1)  # where the number begins, its sign first


# A named list read forwards (\L<measures>, not one inside a look-behind: `(?<=\L<letter_words>)`,
# `(?<![-]\L<minus>)`, which the regex module reads backwards).
_FORWARD_LIST = compiled_regex(r"(?<!\(\?<=|\])\\L<(\w+)>")


def _first_chars(pattern: str, lists: dict[str, list[str]]) -> str:
    """The pattern with a look-ahead of its first characters in front of each named list read
    forwards: the regex module looks a list up at every place the grammar tries it, several hundred
    instructions even where no word of it starts; a class of one character is tried far cheaper.
    Only a necessary condition (a list without an empty word), so every match stays the same."""

    def gate(m: regex.Match[str]) -> str:
        words = lists[m[1]]
        if not all(words):
            return m[0]
        firsts = "".join(f"\\U{ord(c):08x}" for c in sorted({w[0] for w in words}))
        return f"(?=[{firsts}]){m[0]}"

    return _FORWARD_LIST.sub(gate, pattern)


_TRIE_WORDS = 32  # a named list of this many words or more is written out as a trie (`_tries`)


def _tries(pattern: str, lists: dict[str, list[str]]) -> tuple[str, dict[str, list[str]]]:
    """The pattern with each long named list read forwards outside a look-behind (\\L<measures>: 458 words) written
    out as a trie of its words, and the lists it still names. The regex module reads a named list as one branch a
    word, longest first, and steps through the branches one by one at every place it tries the list (the measure
    word after each number, the look-aheads that refuse one): a fifth of the grammar's time on the bench corpora. A
    trie takes one branch a character. Among the words that match at a place (each a prefix of the next),
    a trie that tries a node's longer words before the word ending there tries them longest first, as the list
    does, so every match and every way back stays the same."""
    long = {name for name, words in lists.items() if len(words) >= _TRIE_WORDS and all(words)}
    out, last = [], 0
    for start, end, name in _forward_lists(pattern):
        if name in long:
            out.append(pattern[last:start] + "(?:" + _trie(lists[name]) + ")")
            last = end
    pattern = "".join(out) + pattern[last:]
    return pattern, {name: words for name, words in lists.items() if f"\\L<{name}>" in pattern}


def _trie(words: list[str]) -> str:
    """The words as a trie pattern: at each node the characters that go on (in the order the words first reach
    them), then the word that ends there."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for c in word:
            node = node.setdefault(c, {})
        node[""] = {}  # (a word ends here: "" sorts no branch of its own, it is put last)

    def written(node: dict[str, dict]) -> str:
        alts = [regex.escape(c, special_only=False) + written(after) for c, after in node.items() if c]
        if "" in node:
            alts.append("")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return written(root)


def _forward_lists(pattern: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each \\L<name> of a pattern outside every look-behind (which the regex module reads
    backwards), told by the pattern's brackets: escapes and character classes passed over."""
    out: list[tuple[int, int, str]] = []
    behind: list[bool] = []  # the groups open at this place: a look-behind or not
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            if pattern.startswith("\\L<", i):
                end = pattern.index(">", i) + 1
                if not any(behind):
                    out.append((i, end, pattern[i + 3:end - 1]))
                i = end
            else:
                i += 2
        elif c == "[":
            i += 1
            if pattern.startswith("^", i):
                i += 1
            if pattern.startswith("]", i):
                i += 1  # (a ] first in a class is the character)
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
            i += 1
        else:
            if c == "(":
                behind.append(pattern.startswith(("(?<=", "(?<!"), i))
            elif c == ")":
                behind.pop()
            i += 1
    return out


def _num_end(g: tuple[str | None, ...], regs: tuple[tuple[int, int], ...]) -> int:
    """The end of the number with its magnitude and qualifier infix (before the measure word)."""
    end = regs[_N1][1]
    for k in _NUM_PARTS:
        if g[k - 1] and regs[k][1] > end:
            end = regs[k][1]
    return end


def _num_start(g: tuple[str | None, ...], regs: tuple[tuple[int, int], ...]) -> int:
    """Where the number begins: its sign or percent prefix, else its first digit.

    A sign written as a word (负增长3%, 零下5℃) stays in the quote but not in the number: the
    change verb it ends in is read before the number, and its 零 is no numeral of its own."""
    for k in _NUM_HEADS:
        if g[k - 1] and not (k in (_NEGP, _NEG) and regs[k][1] - regs[k][0] > 1):
            return regs[k][0]
    return regs[_N1][0]


def _plain(g: tuple[str | None, ...]) -> bool:
    """A number written alone: no sign, percent prefix, magnitude, qualifier infix or range of its own
    (5 of 5、6万人 is; 5万 of 5万、6万人 or -5 of -5、6 are not neighbours sharing the second's places)."""
    return not (g[_M1 - 1] or g[_M3 - 1] or g[_INF - 1] or g[_N2 - 1] or g[_NEG - 1] or g[_NEGP - 1] or g[_PCT - 1])


class QuantityFinder:
    """Compiled once per lexicon; `find(sentence)` is the hot path."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.magnitudes = {m.word: m.value for m in lex.magnitudes}
        # 十天半月, 一天半天, 十天半个月: a half right before a unit of time of its own is that unit's half (`_from_match`)
        self._half_units = tuple(sorted({*(w for w, m in lex.measures.items() if m.unit in set(lex.half.units)),
                                         *lex.half.spans}, key=len, reverse=True))
        # 15元半斤, 3元半小时: a measure word right after the half of a price (counters aside) is what the price buys
        # half of, so 半 is no half of the money (`_from_match`)
        self._half_bought = tuple(sorted((w for w in lex.measures if w and w not in lex.counters), key=len, reverse=True))
        # Every match holds a numeral, so a digit or a numeral character of the lexicon: one
        # character class tells a sentence without any from the rest before the grammar runs.
        numeral_chars = {*lex.digits, *lex.units, *lex.sections, *lex.tens, *lex.half.word, *"".join(self.magnitudes)}
        # (the standard `re`: one class scanned in C, several times cheaper than a `regex` search per sentence)
        self._candidate = compiled_re(rf"[\d{''.join(re.escape(c) for c in sorted(numeral_chars))}]")
        self.pattern = self._compile(ranges=True)
        # Where a match can begin: a numeral character, or the first character of a word the
        # grammar lets stand before the numeral (qualifier, minus, percent prefix). The grammar is
        # tried only there (`_matches`): the regex module would otherwise try its lookbehinds at
        # every character, three quarters of the finder's time. The standard `re` scans one
        # character class several times faster than `regex` does.
        starts = set(numeral_chars)
        for words in (lex.qual_prefix, lex.percent_prefix, lex.minus_signs):
            starts.update(w[0] for w in words if w)
        self._starts = compiled_re(rf"[\d{''.join(re.escape(c) for c in sorted(starts))}]")
        # A start that is no numeral character (大 of 大约, 高 of 高于, most of them in words such as
        # 大力 or 提高) can begin a match only where the grammar's words before a numeral are
        # written out in full and a numeral follows: the standard `re` tells that far cheaper than
        # the grammar fails there. A necessary condition only, so the matches stay the same.
        self._numeral_starts = frozenset(numeral_chars)
        # 找零: a word whose last characters are numeral characters (a head, a tail) holds no numeral
        numeral_text = "".join(numeral_chars)
        self._zero_words = [(w.rstrip(numeral_text), w[len(w.rstrip(numeral_text)):]) for w in lex.zero_words]
        self._zero_word_ends = frozenset(tail[0] for _, tail in self._zero_words if tail)
        # 进一步, 统一 (lexicon numeral_words): a digit inside a common word, passed over by `_matches`
        words = self._grammar_words(lex, starts)
        self._loud = frozenset("".join(words))
        # the characters a word the grammar reads may begin and end with (`_lone`), every numeral character among them
        numeral_set = frozenset((*numeral_chars, *starts))
        self._openers = numeral_set.union(w[0] for w in words if w)
        self._closers = numeral_set.union(w[-1] for w in words if w)
        self._hidden, self.numeral_words = self._hidden_words(lex)
        self._hidden_digits = frozenset(k[1] if k[1] in lex.digits else k[0] for k in self._hidden)
        # 一是, 两江, 转2版: a single digit that no word of the grammar's begins after or ends before (`_lone`); none
        # where a word that links two figures holds a digit (the text between them would then hold this one)
        lone = frozenset((*lex.digits, *"0123456789"))
        linking = (*lex.list_links, *lex.to_words, *lex.neighbour_links, *lex.neighbour_typed_links,
                   *lex.neighbour_unsure_links, *lex.bound_links, *lex.range_separators, *lex.dashes)
        self._lone_digits = frozenset() if any(c in lone for w in linking for c in w) else lone
        # the openers and the ASCII characters, which `_lone` refuses after a digit: asked of a candidate before it
        self._busy_after = self._openers.union(map(chr, range(128)))
        # a digit inside a word of the grammar's (零下, a minus sign): the digit and a neighbour, as that word holds them
        self._digit_pairs = frozenset(w[k + d:k + d + 2] for w in words if len(w) > 1
                                      for k, c in enumerate(w) if c in lone for d in (-1, 0) if 0 <= k + d < len(w) - 1)
        # 2月10日, 10时, 3号: Arabic digits before a word that makes them a date or an ordinal (units.yaml
        # measure_before_not_before) and that the grammar only looks ahead at (numerals.yaml mixed_tail_not_before,
        # never read into a match): `_dated_end`. Not where another word of the grammar's begins there (日元)
        dated = [w for w in lex.measure_before_not_before if w and w in lex.mixed_tail_not_before]
        self._dated = compiled_re("[0-9]+(?=" + "|".join(map(re.escape, dated)) + ")") \
            if dated and self._lone_digits and self._lazy_links(lex) else None
        # (a date after a range's link, 1—5月, 2月至5月: the high end of a range the grammar reads from its low end)
        self._range_link_ends = frozenset(w[-1] for w in (*lex.range_separators, *lex.dashes, *lex.to_words) if w)
        self._dated_words: dict[str, tuple[str, ...]] = {}
        for w in {*words, *lex.measures, *lex.measure_before}:
            if w and w not in dated and any(w.startswith(d) or d.startswith(w) for d in dated):
                self._dated_words[w[0]] = (*self._dated_words.get(w[0], ()), w)

        def alt(ws: object) -> str:
            return "|".join(re.escape(w) for w in sorted({w for w in ws if w}, key=len, reverse=True)) or "(?!)"

        quals, pcts, minus = alt(lex.qual_prefix), alt(lex.percent_prefix), alt(lex.minus_signs)
        numeral_class = "".join(re.escape(c) for c in sorted(numeral_chars))
        self._lead = compiled_re(rf"(?:{quals})?(?:{minus})?(?:{pcts})?(?:{minus})?[\d{numeral_class}]")
        if tuple(sorted(self.pattern.groupindex, key=self.pattern.groupindex.get)) != _GROUPS:
            raise AssertionError("quantities: the groups of the pattern changed; update _GROUPS and _from_match")
        # A bare match is parsed only when kept (`find`): sound while no word that links two
        # numbers could itself hold a numeral, else every match is parsed as it comes.
        self._lazy = not any(self._candidate.search(w) for w in (*lex.list_links, *lex.to_words))
        self._values: dict[tuple[str, str | None], tuple[float, float | None, bool] | None] = {}
        self._measure_runs: dict[tuple[str, bool], tuple[str, ...]] = {}  # `_longer`, `_shorter`
        # 收入29，416元: a bare number right before a comma or colon and three digits is the head of a number
        # written with a separator whose tail the grammar refuses (`clause_tail`); a measure word before it
        # must not make 29 元 of it (a wrong value): no figure
        marks = "".join(re.escape(c) for c in lex.clause_end if c != ",")
        self._separated_head = compiled_re(rf"(?<=[0-9])[{marks}]\d{{3}}(?!\d)") if marks else None
        # a bare text that is a code (a phone number), not a number: lexicon bare_codes
        self._bare_code = compiled_re("|".join(f"(?:{p})" for p in lex.bare_codes)) if lex.bare_codes else None
        self._counted_units = frozenset(lex.measures[c].unit for c in lex.counters if c in lex.measures)
        # a word of when may stand before a link (营收首次破亿: lexicon measure_before_adverbs), never before none
        self._before_links = (*lex.measure_before_links,
                              *(a + w for a in lex.measure_before_adverbs for w in lex.measure_before_links if w), "")
        # 工资12月底前, 收入1号文件, 工资3、4月份: a date or an ordinal after a number whose measure word stands
        # before it (lexicon measure_before_not_before), after a list or range link and a second number too
        nums = "".join(re.escape(c) for c in (*lex.digits, *lex.units)) + "0-9"
        links = "".join(re.escape(w) for w in (*lex.list_links, *lex.range_separators, *lex.dashes) if len(w) == 1)
        words = "|".join(re.escape(w) for w in sorted(lex.measure_before_not_before, key=len, reverse=True))
        self._before_dated = re.compile(rf"(?:[{links}]\s*[{nums}]+\s*)?(?:{words})") if words else None
        # 月薪3千左右-5千元, 人口三万多至五万: a range mark and the next number right after a number that a word before
        # it measures and a bound word ends (多, 余, 左右, 以上): the low end of a range whose high end the grammar
        # does not join to it (the bound stands between), never a figure of its own (`_bounded_low`)
        marks = "|".join(re.escape(w) for w in sorted({*lex.range_separators, *(a + b for a in lex.dashes for b in
                                                                               ("", *lex.dashes))}, key=len, reverse=True))
        pres = "|".join(re.escape(w) for w in sorted(lex.qual_prefix, key=len, reverse=True))
        tens = "".join(re.escape(c) for c in lex.tens)
        self._range_after = compiled_re(rf"\s*(?:{marks})\s*(?:{pres})?[{nums}{tens}]") if marks and pres else None
        # 三千多块到五千块: the range's high end in the same spoken money word, right after the low end's word (the
        # low end's 块 ends no clause, its high end's may: `_spoken_money` asks it)
        numeral = "".join(re.escape(c) for c in (*lex.digits, *lex.units, *lex.sections, *lex.tens)) + "0-9."
        infix = "|".join(re.escape(w) for w in sorted(lex.qual_infix, key=len, reverse=True)) or "(?!)"
        money = "|".join(map(re.escape, sorted({*lex.spoken_money, *lex.money_after}, key=len, reverse=True)))
        self._spoken_high = (compiled_re(rf"(?:{marks})(?:{pres})?[{numeral}]+(?:{infix})?(?P<w>{money})")  # 块, 块钱, 元
                             if marks and pres and lex.spoken_money else None)
        # a currency name may stand further from its amount (美元共3亿元, 美元各3亿元): its own links too
        self._currency_links = tuple(sorted({*lex.measure_before_links, *lex.currency_links}, key=len, reverse=True)) + ("",)
        self._sign_marks = frozenset(w for w in lex.minus_signs if len(w) == 1 and not _HAN.match(w))
        # a sign written as one Han character (负) is one before a currency word too, unless it ends a word there
        self._sign_words_han = frozenset(w for w in lex.minus_signs if len(w) == 1 and _HAN.match(w))
        self._sign_not_after = frozenset(lex.minus_word_not_after)
        self._sign_still_after = tuple(lex.minus_word_still_after) or ("\x00",)
        # the words a sign may stand before with the amount after them (-人民币500万元, −RMB 500万元), longest first:
        # currencies named or signed (never a word of pay or income, 平均-工资 a word cut at a line's end)
        self._signable = tuple(sorted({*lex.currency_names, *(w for w in lex.measure_before if not _HAN.search(w))},
                                      key=len, reverse=True))
        # a bound word between a sign and the number (增速为-约3%, 负近3%): the sign is the number's all the same
        self._signable_bounds = tuple(sorted((w for w in lex.qual_prefix if w), key=len, reverse=True))
        self._signable_ends = frozenset(w[-1] for w in (*self._signable, *self._currency_links, *self._signable_bounds,
                                                        *lex.minus_brackets) if w)
        self._before_ends = frozenset(w[-1] for w in (*lex.measure_before_links, *lex.measure_before) if w)
        self._before_words = tuple(lex.measure_before)  # (`_measure_before`: does one end where a link begins?)
        # Currency names by their last and by their first character, each list in the lexicon's
        # order (longest first): `_currency_named` tries only the names that can end before the
        # number or start after 元, the same first hit as trying them all (names are never empty).
        self._currency_by_last: dict[str, list[tuple[str, Measure]]] = {}
        self._currency_by_first: dict[str, list[str]] = {}
        for word, m in lex.currency_names.items():
            self._currency_by_last.setdefault(word[-1], []).append((word, m))
            self._currency_by_first.setdefault(word[0], []).append(word)
        # a name before the number ends at most the longest link (and one character) before it
        self._currency_reach = max(map(len, self._currency_links)) + 1
        # 100MW/200MWh, 10万千瓦/20万千瓦时: a per sign between a number in the first word of a pair of units.yaml
        # slash_lists and a number in the second lists the two (a power and an energy), no rate: the sign alone,
        # read as the list's mark in `find` (one character for one, so every offset stays)
        mags = "|".join(regex.escape(m.word) for m in lex.magnitudes) or "(?!)"
        signs = "|".join(regex.escape(w) for w in lex.per_signs if len(w) == 1)
        num = rf"\d[\d.,]*\s?(?:{mags})?\s?"
        # the pair, or a third in the second word after it (100MW/200MWh/300MWh: a list already opened by the pair)
        pairs = "|".join(rf"(?<=\d\s?(?:{mags})?\s?{regex.escape(a)}\s?(?:(?:{signs})\s?{num}{regex.escape(b)}\s?)?)"
                         rf"(?:{signs})(?=\s?{num}{regex.escape(b)})" for a, b in lex.slash_pairs)
        self._slash_lists = compiled_regex(pairs) if pairs and signs and len(lex.slash_mark) == 1 else None
        self._slash_signs = frozenset(w for w in lex.per_signs if len(w) == 1)
        # the passes over the found list (pairs of neighbours, borrowed measure words, ranges of two figures)
        self.links = QuantityLinks(lex, self)
        people = "|".join(map(regex.escape, sorted(lex.people_nouns, key=len, reverse=True)))
        self.people = compiled_regex(rf"\p{{Han}}{{0,{lex.people_gap}}}?(?:{people})") if people else None

    @staticmethod
    def _grammar_words(lex: Lexicon, starts: set[str]) -> list[str]:
        """Every word the grammar, the readers of a match and the passes over the found list read (measure words,
        magnitudes, qualifiers, signs, links, separators, numerals): a digit with none of their characters on either
        side (`_hidden_words`), or none of their first characters after it and last characters before it (`_lone`),
        can be no more than a lone digit with no measure word, and a lone digit that neither neighbour reads gives no
        figure. Wider than needed, never narrower. (The words of lone_steps, 迈上 and 台阶, are read only around a
        magnitude written alone, never at a digit.)"""
        words: list[str] = [*starts, *lex.digits, *lex.units, *lex.sections, *lex.tens, lex.approx_digit or "",
                            lex.half.word or "", lex.fraction_of or "", lex.fraction_and or "", lex.closing,
                            lex.people_measure.word if lex.people_measure else ""]
        for listed in (lex.counters, lex.mixed_tail_not_before, lex.tenths_after, lex.tenths_before,
                       lex.times_signs, lex.money_after, lex.money_fractions, lex.percent_prefix, lex.decimal_points,
                       lex.range_separators, lex.dashes, lex.range_inclusive, lex.from_words, lex.to_words,
                       lex.minus_signs, lex.list_links, lex.neighbour_links, lex.neighbour_not_after,
                       lex.neighbour_typed_links, lex.neighbour_unsure_links, lex.between_links, lex.between_end,
                       lex.spoken_money, lex.spoken_money_cues, lex.restate_brackets, lex.spoken_money_per,
                       lex.spoken_money_per_units, lex.group_marks, lex.letter_words, lex.measures,
                       lex.measure_before, lex.currency_links, lex.currency_yuan, lex.currency_names,
                       lex.people_nouns, lex.measure_before_links, lex.qual_prefix, lex.qual_infix, lex.bound_links,
                       lex.qual_suffix, lex.qual_suffix_marks, lex.clause_end, lex.spoken_money_only,
                       lex.qual_suffix_open, lex.qual_suffix_through, lex.qual_suffix_through_bounds,
                       lex.qual_shared_after, lex.zero_words, lex.restate_after, lex.restate_labels, lex.restate_joins,
                       lex.restate_inclusion,
                       lex.share_denominators,
                       lex.share_not_before, lex.share_slash_after, lex.share_slash_of,
                       [lex.qual_shared_between, lex.share_measure]):
            words.extend(str(w) for w in listed)
        for m in lex.magnitudes:
            words.append(m.word)
        return words

    def _quiet(self, ch: str) -> bool:
        """A character that no word the grammar reads holds (`_grammar_words`) and that is no digit, space or
        ASCII character (a letter word, a sign, a bracket, a cell gap): a Han character, a quote mark (“一带一路”)."""
        return ch not in self._loud and not ch.isascii() and not ch.isspace() and not ch.isdigit()

    def _hidden_words(self, lex: Lexicon) -> tuple[dict[str, list[tuple[int, str]]], tuple[str, ...]]:
        """The numeral words (进一步) the finder may pass over, by the pair of characters around a digit of
        each (进一, or 一体 where the digit begins the word): (the digit's place in the word, the word),
        longest first. A word is taken only where each of its characters but its digits is quiet (`_quiet`)
        and its digits are digits (一, never 万 or 十, whose numeral may reach past the word); a digit at the
        word's edge needs a quiet character beside it in the text too, or the text's end (`_hidden_end`). There the grammar
        would read the digit alone with no measure word: it keeps such a match only where a measure word
        ends right before it, people follow a magnitude, or a link, a from-word or nothing stands between
        it and a figure before or after it, and every one of those is made of loud characters."""
        by_pair: dict[str, list[tuple[int, str]]] = {}
        taken = []
        for word in sorted(set(lex.numeral_words), key=len, reverse=True):
            at = [k for k, c in enumerate(word) if c in lex.digits]
            if len(word) < 2 or not at or not all(self._quiet(c) for k, c in enumerate(word) if k not in at):
                continue
            taken.append(word)
            for k in at:
                pair = word[k:k + 2] if k == 0 else word[k - 1:k + 1]
                by_pair.setdefault(pair, []).append((k, word))
        return by_pair, tuple(w for w in lex.numeral_words if w in taken)

    def _lone(self, text: str, at: int) -> bool:
        """Whether the digit at `at` stands alone (一是, “两江”, 下转2版, 二是, 的一大): no word the grammar reads begins
        right after it (`_openers`), ends right before it (`_closers`) or holds it (`_digit_pairs`: 零下), and no digit,
        space, ASCII character or closing bracket stands beside it; or the text ends there. The grammar could read no
        more than that digit there, with no measure word, and `find` would drop it and let it change no figure: it
        keeps a bare number only where a measure word or a label's closing bracket ends right before it, people or a
        table's next cell follow it, or a link, a from-word or nothing stands between it and a figure before or after
        it, each a word of the grammar's (and no link holds a digit: else `_lone_digits` is empty). So `_matches`
        passes over it without trying the grammar, as it passes over a numeral word (`_hidden_words`)."""
        if at + 1 < len(text):
            ch = text[at + 1]
            if ch in self._openers or ch.isascii() or ch.isspace() or ch.isdigit() or text[at:at + 2] in self._digit_pairs:
                return False
        if at:
            ch = text[at - 1]
            if ch in self._closers or ch.isascii() or ch.isspace() or ch.isdigit() or unicodedata.category(ch) == "Pe" \
                    or text[at - 1:at + 1] in self._digit_pairs:
                return False
        return True

    def _lazy_links(self, lex: Lexicon) -> bool:
        """Whether no word that links two numbers holds a numeral (the condition of `_lazy`, asked before it is set)."""
        return not any(self._candidate.search(w) for w in (*lex.list_links, *lex.to_words))

    def _dated_end(self, text: str, at: int, last: regex.Match[str] | None) -> int:
        """Where the Arabic digits at `at` end, if a date or ordinal word follows them (2月, 10日, 3号: `_dated`) and
        `_matches` may pass over them without trying the grammar; else 0. The grammar reads such digits alone, with
        no measure word (the word after them is one it only looks ahead at), and `find` drops the bare number: a
        measure word before it, a label's bracket or people after it are refused before a date word
        (`_before_dated`), a neighbour before it ending its clause (百分之五、六) needs no Han character after it,
        and a link, a to-word or nothing between it and the figure after it cannot start with the date word. The
        figures around it see no difference: no link holds a digit (`_lone_digits`), so nothing pairs across it;
        only a bare match ending right where it starts (`last`, the match yielded before) would see it (a number
        running into the next is no amount), and there it is tried. Refused after an ASCII character, a digit or a
        range's link (2.5月, A3号, 1—5月: part of what the grammar reads from the number before) and where another
        word of the grammar's begins after the digits (10日元)."""
        mt = self._dated.match(text, at)  # type: ignore[union-attr]
        if mt is None:
            return 0
        if at and ((before := text[at - 1]).isascii() or before.isdigit() or before in self._range_link_ends):
            return 0
        if last is not None and last.end() == at:
            g = last.groups()
            if g[_MEAS - 1] is None and g[_HMEAS - 1] is None and g[_PCT - 1] is None and g[_PCT2 - 1] is None:
                return 0
        end = mt.end()
        longer = self._dated_words.get(text[end])
        if longer is not None and any(text.startswith(w, end) for w in longer):
            return 0
        return end

    def _hidden_end(self, text: str, at: int) -> int:
        """Where the numeral word (`_hidden_words`) whose digit stands at `at` ends, if one does; else 0."""
        words = self._hidden.get(text[at - 1:at + 1]) if at else None
        if words is None:
            words = self._hidden.get(text[at:at + 2])
            if words is None:
                return 0
        digits = self.lex.digits
        for k, word in words:
            head = at - k
            if head < 0 or not text.startswith(word, head):
                continue
            end = head + len(word)
            if word[0] in digits and head and not self._quiet(text[head - 1]):
                continue  # 统一万元 of 传统一万元? a digit at the word's edge needs a quiet neighbour in the text
            if word[-1] in digits and end < len(text) and not self._quiet(text[end]):
                continue  # (or none: nothing before it, nothing after it, can make it a figure)
            return end
        return 0

    @cached_property
    def single(self) -> regex.Pattern[str]:
        """The grammar without ranges, for 从6500到2万元 (the first end on its own): compiled when a
        text first needs it, as most never do and compiling it costs a tenth of a second of start-up."""
        return self._compile(ranges=False)

    def _longer(self, word: str) -> tuple[str, ...]:
        """The measure words that open with `word` and go on (个 → 个百分点), in the lexicon's order: kept by word,
        as a figure asks for them per match and the lexicon holds some 400 measure words to go through."""
        found = self._measure_runs.get((word, True))
        if found is None:
            found = self._measure_runs[word, True] = tuple(
                w for w in self.lex.measures if w.startswith(word) and len(w) > len(word))
        return found

    def _shorter(self, word: str) -> tuple[str, ...]:
        """The measure words that `word` opens with, shorter than it (万千瓦时 → 万千瓦, 万), in the lexicon's order:
        kept by word, as `_longer`."""
        found = self._measure_runs.get((word, False))
        if found is None:
            found = self._measure_runs[word, False] = tuple(
                w for w in self.lex.measures if word.startswith(w) and len(w) < len(word))
        return found

    def may_hold(self, text: str) -> bool:
        """False only for text in which the grammar can find nothing (a cheap scan before it)."""
        return self._candidate.search(text) is not None

    def _numeral(self) -> str:
        """The numeral grammar as a pattern: places descend (三千四百, never 三十千), so a place
        that breaks the order begins the measure word (三十千米, 二百千瓦, 六十 + 百分位)."""
        lex = self.lex

        def cls(chars: object) -> str:
            return "[" + "".join(regex.escape(c) for c in chars) + "]"

        nonzero = cls(c for c, v in lex.digits.items() if v)
        one = cls(c for c, v in lex.digits.items() if v == 1)
        tenths_before = "|".join(map(regex.escape, lex.tenths_before)) or "(?!)"
        zero = cls(c for c, v in lex.digits.items() if not v)
        place = {n: cls(c for c, v in lex.units.items() if v == n) for n in (10, 100, 1000)}
        tens = cls(lex.tens) if lex.tens else "(?!)"
        wan = cls(c for c, v in lex.sections.items() if v < 1e8)
        yi = cls(c for c, v in lex.sections.items() if v >= 1e8)
        # (the places of ten and the words of round tens, 廿 卅 卌, before which 几 stands for a digit: 廿几 = 21–29)
        ten_chars = "".join(c for c, v in lex.units.items() if v == 10) + "".join(lex.tens)
        approx = regex.escape(lex.approx_digit) if lex.approx_digit else ""
        some = approx or "(?!)"
        inner_after = "".join(c for c, v in lex.units.items() if v > 10) + "".join(lex.sections)

        def section(head: bool, arabic: bool) -> str:
            """Under 万: [d千][d百][d十|廿][d]; a bare place only heads a numeral (十五, 百余)."""
            # two digits of a slot are a loose pair (七八十, 三五个), which rises: 一 never ends one, so the 一 of
            # 一万二一个月 (12000 a month) begins the next word, never a pair 二一 that reads as no number; before 折
            # (tenths_before) the second digit is a tenth (六一折 = 6.1 折)
            pair = rf"{nonzero}(?:(?!{one}(?!{tenths_before})){nonzero})?"
            d = rf"(?:{pair}|[0-9])" if arabic else rf"(?:{pair})"
            opt = "?" if head else ""
            lead = "" if head else f"{zero}*"  # 五百万零两千: a 零 after a section ending in zeros
            # 几 for the digit of a place below a higher place of the same numeral (三百几十 = 310–390, 三万几千 =
            # 31000–39000, 两千几百万); at a numeral's head (几十, 几百万) it stays vague, no figure
            inner = rf"(?:{d}|(?<=[{regex.escape(inner_after)}]){some})"
            return (rf"(?:{lead}{inner}{opt}{place[1000]})?(?:{zero}*{inner}{opt}{place[100]})?"
                    rf"(?:{zero}*{inner}{opt}{place[10]}|{zero}+{place[10]}|{zero}*{tens})?"  # 一千零十
                    rf"(?:{zero}*{d}|(?<=[{regex.escape(ten_chars)}]){some}|{zero}+)?")

        head, tail = section(True, False), section(False, False)
        points = "|".join(map(regex.escape, lex.decimal_points))
        fraction = rf"(?:(?:{points})[{''.join(map(regex.escape, lex.digits))}]+)?" if points else ""
        # every part of a section starts with its own 零s (一万零五, 一千零十)
        # A section (head or tail) holds only digits, places, tens and the approximate digit, so the
        # first two forms need a 亿 (or a 万) after a run of those: a lookahead says so before the head
        # is matched, and most numerals (一 of 统一, 三十五) match their head once, not three times.
        # Only a necessary condition: the forms are tried in the same order, the match is the same.
        in_section = cls([*lex.digits, *lex.units, *lex.tens, *([lex.approx_digit] if lex.approx_digit else [])])
        # 万万 is 亿 (四万万五千万 = 4.5亿), as older texts write it
        yi_or = rf"(?:{yi}|{wan}{wan})"
        has_yi, has_wan = rf"(?={in_section}*(?:{wan}{in_section}*)?{yi_or})", rf"(?={in_section}*{wan})"
        chinese = (rf"(?:{has_yi}{head}(?:{wan}(?:{tail})?)?{yi_or}(?:{tail}{wan})?(?:{tail})?"  # 一万二千亿
                   rf"|{has_wan}{head}{wan}(?:{tail})?|{head}){fraction}")
        not_year = "".join(f"(?!{regex.escape(w)})" for w in lex.mixed_tail_not_before)
        sections = "".join(map(regex.escape, lex.sections))
        places = "".join(map(regex.escape, lex.units))
        # 2万3000 (as written), 3万5 (shortened: 35000), 15万8千; never 3万50 (no reading is sure); one digit after a
        # place of the section is the place below it, shortened as 两万五千五 is (2万5千5 = 25500, never 25000 with
        # the 5 cut off)
        mixed_tail = (rf"(?:{zero}*\d{{3,4}}(?![\d.]){not_year}|[1-9](?![\d.{places}{sections}])"
                      rf"|{zero}+[1-9]\d{{0,2}}(?![\d.{places}{sections}]){not_year}"  # 1万零5, 3亿零50
                      rf"|{section(False, True)}(?<=[{places}])[1-9](?![\d.{places}{sections}]){not_year}"
                      rf"|{section(False, True)}(?<![0-9{sections}]))")
        # 3亿零5万: after 亿, a 零 and one to three digits before 万 are its ten thousands (never 3亿5万: 3.5亿?)
        wan_tail = rf"(?:{mixed_tail}|{zero}+[1-9]\d{{0,2}}(?={wan}))"
        # (after the 亿 or 万, a tail opens on a digit, Arabic or Chinese, a 零 or a tens word (廿): the most common
        # number before its magnitude, 2407亿元 or 7652万人次, has none, and a look-ahead says so before the tail's five
        # forms are tried and fail. A necessary condition: the forms and their order are the same, so is every match)
        tail_opens = rf"[{yi[1:-1]}{wan[1:-1]}][\d{''.join(map(regex.escape, lex.digits))}{tens[1:-1] if lex.tens else ''}]"
        mixed = rf"(?=\d++{tail_opens})\d+(?:{yi}(?:{wan_tail}{wan}(?:{mixed_tail})?|{mixed_tail})|{wan}{mixed_tail})"
        all_chars = "".join(regex.escape(c) for c in {**lex.digits, **lex.units, **lex.sections, **lex.tens})
        half = regex.escape(lex.half.word) if lex.half.word else "(?!)"
        counters = "|".join(map(regex.escape, lex.counters)) or "(?!)"
        # a numeral never starts inside another (十三五), nor where 百分之 starts; a word that ends in a
        # numeral character and holds none (找零) is no numeral (`_matches` starts after it), and one may start
        # right after it (tried only where a numeral character stands before)
        after_zero_word = "".join(f"|(?<={regex.escape(w)})" for w in lex.zero_words)
        # nor right after a decimal point that follows a digit (the 五万 of 二〇二三点五万: the numeral before it is none)
        after_point = rf"(?<![{''.join(map(regex.escape, lex.digits))}](?:{points}))" if points else ""
        cn_start = rf"(?:(?<![{all_chars}]){after_point}{after_zero_word})(?!\L<pctpre>)"
        digit_chars = "".join(regex.escape(c) for c in lex.digits)
        end_chars = all_chars + approx
        times = "|".join(map(regex.escape, lex.times_signs))
        # 1.2×10⁴, 3.5x10^8: a mantissa times ten to a power (read by numerals.parse_scientific)
        scientific = (rf"{_ARABIC}\s?(?:{times})\s?10(?:\^[+-]?\d{{1,3}}|[{_SUPERSCRIPT}]{{1,4}})(?![\d{_SUPERSCRIPT}])"
                      if times else "(?!)")
        scientific += r"|\d+(?:\.\d+)?[eE][+-]?\d{1,3}(?![\d.A-Za-z])"  # 1.2e5, 3E+8 (numerals.parse_number)
        # (both forms' mantissa is the whole run of digits, commas and points it starts (the character after it is
        # none of those), then a sign of times or an e: a look-ahead says so once, where most numbers, 2.1% or 933.4亿元,
        # would read their digits and decimals several ways over before each form fails. A necessary condition only)
        scientific = rf"(?=[\d,.]*+(?:\s?(?:{times or '(?!)'})|[eE]))(?:{scientific})"
        # 3点5万: Arabic digits around a Chinese decimal point, read as 3.5万 (not 5万 after a 3)
        arabic_point = rf"(?=\d++(?:{points}))\d+(?:{points})\d+(?![\d.])" if points else "(?!)"  # (the same gate)
        # 2千5百, 1千2百3十4, 1百零5: Arabic digits before Chinese places, two places at least
        arabic_places = rf"(?=[0-9][{places}][0-9{zero[1:-1]}]){section(False, True)}(?<=[{places}0-9])"
        # 1，234，567: groups of three after another mark than the comma, two groups at least (a list
        # 1，2，3 has none; one group 1，234 may be a clause ending after 1)
        group = "".join(map(regex.escape, lex.group_marks))
        grouped = rf"|\d{{1,3}}(?:[{group}]\d{{3}}(?!\d)){{2,}}(?![{group}]\d)(?:\.\d+)?" if group else ""
        # Every Arabic form but the plain one has, right after its first run of digits, one of a few
        # characters (a point, a comma, a space, a sign of times, an e, a decimal point word, a place,
        # 万 or 亿, a group mark): one look-ahead says so before they are tried, and a plain number
        # (most of them) is read twice, not six times. The Arabic forms all begin with a digit: where
        # none stands, the Chinese forms are tried at once. Necessary conditions only: the forms are
        # tried in the same order, every match stays the same.
        after_digits = "".join(regex.escape(c) for c in sorted(
            {",", ".", "e", "E", *(w[0] for w in (*lex.times_signs, *lex.decimal_points) if w),
             *lex.units, *lex.sections, *lex.group_marks}))
        arabic = (rf"(?=\d)(?:(?=\d*+[\s{after_digits}])(?:{scientific}|{arabic_point}|{arabic_places}|{mixed}{grouped})"
                  rf"|(?>{_ARABIC})(?!\.\d))")
        # 12.87.5: two decimal points, two cells glued by a line join, is no one number (never 12.87)
        return (rf"(?:{arabic}"
                # 一〇五万, 二〇〇亿: digits one by one with a zero among them, before the magnitude (m1) they count
                rf"|{cn_start}(?={nonzero}[{digit_chars}]*{zero})[{digit_chars}]{{3,}}{fraction}(?=[{sections}])"
                rf"|{cn_start}[{digit_chars}]{{3,}}(?![{all_chars}])"  # 二〇二三: digit by digit
                rf"|{cn_start}(?=[{all_chars}]){chinese}(?<=[{end_chars}])"  # never empty
                rf"|{cn_start}{half}(?=(?:{counters})?\L<halfwords>)"
                # 半个到一个百分点, 半个至一个小时: a half and its counter as a range's low end, the measure word written
                # once after the high end (0.5–1 百分点, never 1 百分点 alone); the counter must be written (减半到一成
                # is "halved to 10 %", no range)
                rf"|{cn_start}{half}(?=(?:{counters})\L<seps>)"
                rf"|{cn_start}{half}(?=(?:{counters})?{yi}))")  # 半个亿元, 半亿元: half of one 亿 (0.5亿 元)

    def _money_fractions(self, cn_digits: str) -> str:
        """两块八毛, 三元五角二分: a digit and its word for each fraction of money, largest first,
        at least one of them."""
        words = self.lex.money_fractions
        if not words:
            return "(?!)"
        digit = rf"(?:{cn_digits}|[0-9])"
        zero = "".join(regex.escape(c) for c, v in self.lex.digits.items() if not v)
        # 伍拾元零伍角, 三元五角零二分: a 零 before a fraction only marks the gap before it
        gap = rf"(?:[{zero}](?={digit}))?"
        steps = "".join(rf"(?:{gap}{digit}(?:{'|'.join(regex.escape(w) for w, v in words.items() if v == value)}))?"
                        for value in sorted(set(words.values()), reverse=True))
        ends = "".join(map(regex.escape, words))
        # 两毛五, 三块二毛五: a digit after the largest fraction word is the next one down (五分), as 两块八
        # is 2.8 元; not where it begins another figure (三块二毛五个) or counts a unit of sale (十三块九毛七盒); before
        # a price's unit of sale it is the next one down all the same (两块八毛五一斤 = 2.85 元 a 斤)
        top = "".join(regex.escape(w[-1]) for w, v in words.items() if v == max(words.values()))
        numeral = "".join(regex.escape(c) for c in {**self.lex.digits, **self.lex.units, **self.lex.sections})
        next_down = (rf"(?:(?<=[{top}]){digit}(?:(?=\L<perhead>\L<perunits>)"
                     rf"|(?![0-9.{numeral}]|\L<measures>|\L<perunits>)))?")
        # never right after a fraction word that is the measure word itself (三毛五: 五 is the tenth of 毛)
        return rf"(?<![{ends}])(?={digit}){steps}(?<=[{ends}]){next_down}"

    def _dec_fraction(self, cn_digits: str) -> str:
        """The optional word of the next fraction of money down after the digit that follows a tenth of money
        (3角5分 = 3.5 角 = 0.35 元, 三毛五分): one digit between, and not where the word opens a longer measure word of
        another unit (3角5分钟 is minutes)."""
        words = self.lex.money_fractions
        values = sorted(set(words.values()), reverse=True)
        if len(values) < 2:
            return ""
        top = "|".join(regex.escape(w) for w, v in words.items() if v == values[0])
        down = [w for w, v in words.items() if v == values[1]]
        money = {self.lex.measures[w].unit for w in self.lex.money_after.values() if w in self.lex.measures}
        longer = [m for m in self.lex.measures for w in down
                  if m.startswith(w) and len(m) > len(w) and self.lex.measures[m].unit not in money]
        not_longer = f"(?!{'|'.join(map(regex.escape, longer))})" if longer else ""
        return (rf"(?:(?<=(?:{top})(?:{cn_digits}|[0-9])){not_longer}"
                rf"(?:{'|'.join(map(regex.escape, down))}))?")

    def _compile(self, ranges: bool) -> regex.Pattern[str]:
        lex = self.lex
        num = self._numeral()
        mag = "|".join(
            regex.escape(m.word) + (f"(?!{'|'.join(map(regex.escape, m.not_before))})" if m.not_before else "")
            for m in lex.magnitudes
        )
        dashes = "".join(regex.escape(c) for c in lex.dashes) or "-"
        counters = "|".join(map(regex.escape, lex.counters)) or "(?!)"
        half = regex.escape(lex.half.word) if lex.half.word else "(?!)"
        sections = "".join(map(regex.escape, lex.sections))
        places = "".join(map(regex.escape, lex.units))
        zero = "[" + "".join(regex.escape(c) for c, v in lex.digits.items() if not v) + "]"
        cn_digits = "[" + "".join(map(regex.escape, lex.digits)) + "]"
        all_chars = "".join(regex.escape(c) for c in {**lex.digits, **lex.units, **lex.sections, **lex.tens})
        closing = "".join(map(regex.escape, lex.closing))  # 2万(含)-6万元: no minus after a bracket
        brackets = closing or ")"  # (A)+1: no plus sign after a bracket either
        # 七万多-九万家, 三-五个: a dash right after a numeral or a 余/多 is a range mark, never a minus sign
        closing += all_chars + "".join(regex.escape(c) for c in "".join(lex.qual_infix)
                                       if c not in "".join(lex.qual_infix_after_lone_place))  # 把-5℃ stays −5
        # 一年半-两年, 四个半—五个小时, 一斤半-两斤: a dash right after a half that ends a figure is the range's mark too,
        # never a minus (−2 年 is a wrong value); the number after it starts a figure of its own there, the high end
        # `_tail_ranges` joins to the half (1.5–2 年)
        # (a half after a numeral, a counter or a measure word: 减半-3% and 多半 end words, the dash there a sign);
        # so are two dashes there (一年半——两年, 四个半——五个小时: the mark typed twice, as 2000元——3000元 is), else the
        # low end stays alone and 四个半 reads 4.5 个, a wrong measure
        heads = "".join(sorted({regex.escape(w[-1]) for w in (*lex.measures, *lex.counters) if w})) + all_chars
        after_half = rf"|(?<=[{heads}]{half}[{dashes}]{{1,2}})(?![{dashes}])" if lex.half.word else ""
        no_half = rf"(?<![{heads}]{half})" if lex.half.word else ""
        # … where the guard of a number after a dash and a minus (3%—-5%: the second dash a sign) would drop it
        two_after_half = rf"|(?<=[{heads}]{half}[{dashes}]{{2}})" if lex.half.word else ""
        fractions = self._money_fractions(cn_digits)
        # 1，234元, 1：250万, 1，234.5万元: three digits right after a digit and a comma or colon are
        # the tail of a number written with separators or of a ratio, decimals or not, no figure of
        # their own (never 234 元, never 234.5万元)
        marks = "".join(regex.escape(c) for c in lex.clause_end if c != ",")
        clause_tail = rf"(?!(?<=\d[{marks}])\d{{3}}(?!\d))" if marks else ""
        money_words = "".join(map(regex.escape, lex.money_fractions))  # 元零伍角 holds no tenths digit
        # 1块5, 1米75: one or two Arabic digits after a measure word of tenths is its tenth, as 两块八 is
        tenths_ends = "".join(regex.escape(w[-1]) for w in lex.tenths_after)
        not_date = "".join(f"(?!{regex.escape(w)})" for w in lex.mixed_tail_not_before)  # 5元1月1日起: a date
        tenths_digit = rf"(?<=[{tenths_ends}])[0-9]{{1,2}}(?![\d.,]){not_date}" if tenths_ends else "(?!)"
        # 3角5分, 三毛五分: the digit after a tenth of money (角, 毛) then the word of the next fraction down (分) is
        # that fraction, as 三毛五 leaves it unsaid (0.35 元); never the start of a longer word (3角5分钟)
        dec_word = self._dec_fraction(cn_digits)
        never = "" if ranges else "(?!)"  # the groups stay, unmatched, for one reader of matches
        # 万把人: an infix of `infix_after_lone_place` only right after a place of a hundred or more that no numeral
        # character or digit stands before (一万把伞 counts 把, a measure word)
        big = "".join(regex.escape(c) for c, v in {**lex.units, **lex.sections}.items() if v >= 100)
        lone_inf = (rf"|(?<=(?<![0-9{all_chars}])[{big}])\L<qinflone>" if lex.qual_infix_after_lone_place and big
                    else "")
        infix = rf"(?!\L<qinflone>)\L<qinf>{lone_inf}"
        # a letter word (GDP1.2万美元) ends in one of a few letters: one class before the list is looked up backwards
        # at every start (a necessary condition, the matches stay the same)
        lasts = "".join(sorted({regex.escape(w[-1]) for w in lex.letter_words if w}))
        letter_gate = f"(?<=[{lasts}])" if lasts and all(lex.letter_words) else ""
        # 一块五一斤, 三毛五一斤: a tenth of money right before a price's unit of sale is a tenth all the same
        # (1.5 元 a 斤); after another measure word (五成3一个, 5米五三一个) it is none
        money = "|".join(map(regex.escape, sorted({*lex.money_after, *lex.spoken_money_only}, key=len, reverse=True)))
        price_tenth = (rf"(?<=(?:{money})(?:{cn_digits}|[0-9]){{1,2}})(?=\L<perhead>\L<perunits>)" if money
                       else "(?!)")
        # The range's second end comes only after a separator, at most a measure word and an inclusive
        # mark away: a scan of a few characters for a separator's first character says whether to try
        # it (a necessary condition; most numerals have no separator near, and trying the group costs
        # several lookups of the word lists per match).
        sep_chars = {*(lex.dashes or "-"), *(w[0] for w in lex.range_separators if w)}
        sep_firsts = "".join(regex.escape(c) for c in sorted(sep_chars))
        reach = max(map(len, lex.measures), default=0) + max(map(len, lex.range_inclusive), default=0)
        guard = rf"(?=[\s\S]{{0,{reach}}}[{sep_firsts}])" if sep_firsts else ""
        # n2 calls n1's grammar ((?&n1), a subroutine of the regex module) rather than spelling the
        # numeral out again: the pattern is half as long and compiles in a third of the time (start-up).
        # A counter may stand before the high end's magnitude as before the low end's (3到5个亿元 = 3亿–5亿 元, never
        # 3–5 个 with 亿元 left over) where a measure word follows the magnitude: in 2-3个百亿级企业 the counter is the
        # measure (2–3 个) and 百亿级 a class of their size. Before 亿 itself with no measure word after (投资3到5个亿),
        # the counter counts 亿 as well: the range has no measure word and is no figure, as 投资3个亿 is not (never
        # 3–5 个, a wrong value).
        # So before 万亿, 千亿, 百亿 (投资3至5个万亿): any magnitude of 亿 or more; and so before 万, 百万, 千万 too
        # (每月挣3到5个万, 投资三到五个千万: never 3–5 个), as one number with a counter before a magnitude and no
        # measure word (挣3个万, 建3个万达广场) is no figure. A class of size after the magnitude (百亿级, 千亿元级:
        # rules size_classes) leaves the counter the measure word, in a range as in one number.
        yi_alone = rf"(?:{mag})(?![{all_chars}]|\L<measures>|\L<sizecls>)"
        above_yi = "|".join(regex.escape(m.word) for m in lex.magnitudes if m.value > 1e8) or "(?!)"
        not_class = rf"(?!(?:{mag})(?:\L<measures>)?\L<sizecls>)(?!(?:{above_yi})(?:\L<measures>)?\L<sizekinds>)"
        second = (rf"(?:{never}{guard}(?P<u1>\L<measures>)?(?P<incl>\L<incl>)?(?P<sep>[{dashes}]{{1,2}}|\L<seps>)"
                  rf"(?P<pct2>\L<pctpre>)?(?P<neg2>(?<![{dashes}])\L<minus>|(?<=[{dashes}])\L<wordminus>)?(?:\L<plus>|\L<plushigh>|\+)?(?P<n2>(?&n1))(?:(?P<cnt2>{counters})(?!\L<measures>){not_class}(?=(?:{mag})\L<measures>|{yi_alone}))?(?P<m2>{mag})?)?")
        # (a plus sign before the high end after the separator is its sign, as 零上 is: -0.5%~+0.5% and -5～+5℃ are
        # one range, never two figures or the high end alone)
        # a plus sign is a sign before a number (同比+3.5%: 3.5, as written) where no digit, letter or
        # bracket stands before it; after one it joins a code (1+3+X, A+1) or a formula. A word of about after a dash
        # and a sign (约2000元--约3000元: two dashes) starts a figure all the same: `_signed_word` tells a sign there
        pattern = rf"""
            (?:{letter_gate}(?<=\L<letter_words>)|(?<![\d.A-Za-z{dashes}/+%^]){after_half}|(?<=(?<![\d.A-Za-z%{brackets}])\+)|(?<=[\d%])(?=\L<qword>)|(?<=[^A-Za-z{dashes}/+^][{dashes}]{{1,2}})(?=\L<qpre>))(?:(?<![{dashes}]\L<minus>)|(?=\L<qpre>){two_after_half})(?<!\d,)(?<![0-9][{sections}{places}]+{zero}*){clause_tail}
            (?P<pre>\L<qpre>)?
            (?P<negp>(?<![){closing}]){no_half}(?!(?<=\L<minusnot>)(?<!\L<minusyes>)\L<wordminus>)\L<minus>(?=\L<pctpre>))?(?P<pct>\L<pctpre>)?
            (?P<neg>(?<![){closing}]){no_half}(?!(?<=\L<minusnot>)(?<!\L<minusyes>)\L<wordminus>)\L<minus>)?(?:(?<!\L<minus>)\L<plus>)?
            (?P<n1>{num})(?:(?:(?P<cnt>(?:{counters})(?:{half})?)(?!\L<measures>){not_class})?(?P<m1>{mag}))?
            {second}
            (?:(?:{counters})(?=\L<qinf>(?:{mag})))?(?P<inf>{infix})?(?P<m3>{mag})?
            (?:(?P<hc>{counters})(?P<half1>{half})(?P<hmeas>\L<halfmeas>)|(?P<meas>\L<measures>)(?:(?P<half2>{half})|(?P<sub>{fractions})|(?P<dec>(?!\L<minus>)(?:{cn_digits}{{1,2}}|{tenths_digit}){dec_word})(?:{price_tenth}|(?![{all_chars}{money_words}]|\L<measures>|\L<perunits>)))?)?
            (?P<post>\L<qpost>)?
        """
        counted = [w[len(c):] for w in lex.measures for c in lex.counters if w.startswith(c) and len(w) > len(c)]
        lists: dict[str, list[str]] = dict(
            qpre=list(lex.qual_prefix) or ["\x00"],
            # 大于20小于35个, 大于22%不高于36%: a bound word of two Han characters or more begins a
            # figure right after a digit or a percent sign (the figure before it ends there); a sign
            # or one character (>, 近, 超) does not
            qword=[w for w in lex.qual_prefix if len(w) > 1 and _HAN.fullmatch(w[0]) and _HAN.fullmatch(w[-1])]
            or ["\x00"],
            pctpre=list(lex.percent_prefix) or ["\x00"],
            measures=list(lex.measures),
            # 两块一瓶: a digit before a unit of sale is the price's "one", no tenth (2 元 a bottle, not 2.1)
            perunits=list(lex.spoken_money_per_units) or ["\x00"],
            perhead=list(lex.spoken_money_per) or ["\x00"],
            halfmeas=sorted(set(counted) | set(lex.measures)),
            sizecls=lex.size_classes or ["\x00"],
            sizekinds=lex.size_class_kinds or ["\x00"],
            halfwords=[w for w, m in lex.measures.items() if m.unit in set(lex.half.units) or w in lex.half.words]
            + [w[len(c):] for w in lex.measures for c in lex.counters
               if w.startswith(c) and lex.measures[w].unit in set(lex.half.units)] or ["\x00"],
            qinf=list(lex.qual_infix) or ["\x00"],
            qinflone=list(lex.qual_infix_after_lone_place) or ["\x00"],
            qpost=list(lex.qual_suffix) or ["\x00"],
            seps=lex.range_separators or ["\x00"],
            minus=lex.minus_signs or ["\x00"],
            plus=list(lex.plus_words) or ["\x00"],
            plushigh=list(lex.plus_word_high) or ["\x00"],
            # 5-负10℃: a sign written as a word is one after a dash too (a dash before a dash is none)
            wordminus=[w for w in lex.minus_signs if _HAN.match(w)] or ["\x00"],
            # 背负3万元, 肩负3项: a sign word that ends a verb there is no sign (the number is read unsigned)
            minusnot=list(lex.minus_word_not_after) or ["\x00"],
            # 下降负5%: a word of a fall that ends in one of those leaves the sign a sign
            minusyes=list(lex.minus_word_still_after) or ["\x00"],
            incl=lex.range_inclusive or ["\x00"],
            letter_words=lex.letter_words or ["\x00"],
        )
        tried, named = _tries(_first_chars(pattern, lists), lists)
        return regex.compile(tried, regex.VERBOSE, **named)

    # -- parsing one match -------------------------------------------------

    def _value(self, num: str, mag: str | None) -> tuple[float, float | None, bool] | None:
        """(value, high end, approximate) of a numeral times its magnitude: the same few numerals
        (一, 2, 10) recur on every page, so each is parsed once per finder."""
        key = (num, mag)
        if key in self._values:
            return self._values[key]
        if len(self._values) > 50_000:
            self._values.clear()  # a page of ever new numbers: keep the cache bounded
        self._values[key] = value = self._parse_value(num, mag)
        return value

    def _parse_value(self, num: str, mag: str | None) -> tuple[float, float | None, bool] | None:
        factor = self.magnitudes.get(mag, 1.0) if mag else 1.0
        if num == self.lex.half.word:  # 半年, 半个月
            return self.lex.half.value * factor, None, False
        for mark in self.lex.group_marks:  # 1，234，567 as 1,234,567
            num = num.replace(mark, ",")
        sections = self.lex.sections
        if mag and any(c in sections for c in num[:-1]) and num[-1] not in sections:
            if not self._thousands_before_larger(num, mag):
                return None  # 十万八万, 一亿两亿: two round amounts side by side (one or the other), no sum
            num, factor, mag = num + mag, 1.0, None  # 1万2千亿 = 1.2万亿: one numeral, as 一万二千亿 is read
        if mag and sections.get(num[-1], factor) > factor:
            return None  # 1.2亿万, 亿万: a smaller magnitude after a larger one (万万 = 亿 stays)
        if num[:1].isdigit() and too_long(num):
            return None  # 12345678901234567890元: more digits than a figure keeps, no sure value
        units = self.lex.units
        if (mag and mag[0] in units and any(units.get(c, 0) >= 100 for c in num)
                and not any(p in num for p in self.lex.decimal_points) and parse_chinese(num + mag, self.lex) is None):
            return None  # 七百八千, 八百百万, 九千五千: 百 or 千 in the numeral and a place after it, out of order
            # (3千, 三千万 and 三十千, 五六十千 of tens stay: they have one reading)
        if (mag and num[-1:].isascii() and num[-1:].isdigit() and any(c in units for c in num)
                and parse_chinese(num + mag, self.lex) is None):
            return None  # 3千5万, 3百5亿: the Arabic tail cut short (3500万) or with its 零 left off (3005万)? as
            # 三千五万, no sure reading; 3千5 alone (3500) and 1千零50万 stay
        parsed = parse_number(num, self.lex)
        if parsed is None:
            return None
        high = parsed.high * factor if parsed.high is not None else None
        if not math.isfinite(parsed.value * factor) or (high is not None and not math.isfinite(high)):
            return None  # a huge digit run times 万亿: no figure, not inf
        return parsed.value * factor, high, parsed.approx

    def _thousands_before_larger(self, num: str, mag: str) -> bool:
        """Whether an Arabic mixed numeral that ends in a 万 section's thousands (1万2千, 12万3千5百) stands before a
        larger section (亿) as one numeral: 1万2千亿 is 12000亿 = 1.2万亿, as 一万二千亿 is. Only the thousands right
        below 万 make that sure: 1万2亿 (1.0002万亿, or 1.2万亿 cut short?) and 3万5亿 stay none, and so do two round
        amounts of one size side by side (十万八万, 一亿两亿)."""
        sections, units = self.lex.sections, self.lex.units
        size = sections.get(mag)
        last = max(i for i, c in enumerate(num) if c in sections)
        tail = num[last + 1:]
        return (size is not None and sections[num[last]] < size
                and all(sections.get(c, 0) < size for c in num)
                and len(tail) >= 2 and tail[0].isascii() and tail[0].isdigit() and units.get(tail[1]) == 1000)

    def _places(self, word: str) -> float | None:
        """百万 → 10^6, 千亿 → 10^11: the value of a run of place characters, None if any is none."""
        value = 1.0
        for ch in word:
            v = self.lex.units.get(ch) or self.lex.sections.get(ch)
            if v is None:
                return None
            value *= v
        return value

    def _section_before(self, n1: str, m3: str) -> tuple[int, float] | None:
        """Where the last section larger than the magnitude after a bound ends in the numeral before that bound
        (the 亿 of 一亿两千 before 多万, the 万亿 of 三万亿零二十 before 余亿), and its size, where a tail follows it;
        None where there is none."""
        factor, sections = self.magnitudes.get(m3, 0.0), self.lex.sections
        if not factor:
            return None
        at, run = None, 1.0
        for i, c in enumerate(n1[:-1]):
            run = run * sections[c] if c in sections else 1.0  # 万亿: a run of sections is one (10^12)
            if run > factor and n1[i + 1] not in sections:
                at = i, run
        return at

    def _section_then_tail(self, n1: str, m3: str) -> tuple[float, float | None, bool] | None:
        """一亿两千 before 多万: the section (一亿) plus the tail counted in the magnitude (两千 万), as a value the
        magnitude will multiply; None where the tail holds a section or a range, or fills more than the section
        leaves (一亿两万 多万 has no reading)."""
        found = self._section_before(n1, m3)
        assert found is not None
        (cut, size), factor = found, self.magnitudes[m3]
        written = n1[cut + 1:]
        tail = written.lstrip("".join(c for c, v in self.lex.digits.items() if v == 0))
        if not tail or any(c in self.lex.sections for c in tail) or len(tail) == len(written) == 1:
            return None  # 三亿五多万: 3.5亿 said short, or 3亿5万? no sure reading (三亿零五多万 has one)
        head, rest = self._value(n1[:cut + 1], None), self._value(tail, None)
        if head is None or rest is None or head[1] is not None or rest[1] is not None or head[2] or rest[2] \
                or not 0 < rest[0] * factor < size:
            return None
        return head[0] / factor + rest[0], None, False

    def _bare_low(self, n1: str, m1: str | None) -> bool:
        """A low end written without a magnitude of its own (3 of 3-5万, 四 of 四到五万)."""
        return not (m1 or any(c in self.lex.sections for c in n1) or n1 == self.lex.half.word)

    def _placed_low(self, n1: str, m1: str | None) -> bool:
        """A low end with a place of its own but no section (3千 of 3千-5千万, 2百 of 2百至3百万)."""
        return bool(m1) and self.magnitudes[m1] < 1e4 and not any(c in self.lex.sections for c in n1 + (m1 or ""))

    def _shared_section(self, low: float, n2: str, m2: str | None, high: float, near: bool) -> float:
        """3千-5千万 is 3千万–5千万 and 2百至3百万 200万–300万: a low end with a place of its own takes the
        section that ends the high end's magnitude (万 of 千万), or its Chinese numeral (万 of 五千万: 3千至五千万
        as 3千-5千万), where that keeps it below the high end (3千至5千人 has none to take)."""
        f = self.lex.sections.get(self._sections_at_end(n2, m2)[-1:], 0.0)
        if f and ((high / 10 <= low * f <= high * 10) if near else low * f < high):
            return low * f
        return low

    def _high_magnitudes(self, n2: str, m2: str | None) -> list[float]:
        """The magnitudes of a hundred or more written at the end of a range's high end, which its bare
        low end may share: the magnitude word (3-5万), or a run of places and sections that ends a
        Chinese numeral, a section alone (二十五万: 万) or the places right after its first digit (七千万:
        万 and 千万, 五十万: 十万); never the tail of a longer numeral (百万 of 七千五百万 counts no
        hundreds of thousands). 十 is never shared."""
        if m2:
            return [self.magnitudes[m2]] if self.magnitudes[m2] >= 100 else []
        out = []
        for k in range(1, len(n2)):
            v = self._places(n2[-k:])
            if v is None:
                break
            if all(c in self.lex.sections for c in n2[-k:]) or (k == len(n2) - 1 and n2[0] in self.lex.digits):
                out.append(v)
        return [c for c in out if c >= 100]

    def borrowed(self, low: float, n1: str, m1: str | None, n2: str, m2: str | None, high: float,
                  near: bool = False) -> float:
        """四到五万 is 4万–5万, 十二至二十万 12万–20万, 3-5万 3万–5万: a low end written without
        the magnitude takes the largest one written at the end of the high end that keeps it
        below the high end (so 6500到2万 stays 6500, 三至五十人 stays 3). 十 is never borrowed."""
        if self._placed_low(n1, m1):
            return self._shared_section(low, n2, m2, high, near)
        if not self._bare_low(n1, m1):
            return low
        mags = self._high_magnitudes(n2, m2)
        if not m2 and any(c in self.lex.units or c in self.lex.tens for c in n1):
            # 三十、四十万 is 30万 and 40万, never 三十 times 十万: a low end with places of its own takes only the
            # sections that end the high end (万), not the places before them (十万 of 四十万)
            sections = self._sections_at_end(n2, m2)
            mags = [f for f in mags if f == self._places(sections)] if sections else []
        for f in sorted(mags, reverse=True):
            if (high / 10 <= low * f <= high * 10) if near else low * f < high:
                return low * f
        return low

    def _low_sure(self, low: float, high: float, n1: str, m1: str | None, n2: str, m2: str | None,
                  m3: str | None) -> bool:
        """Whether the low end of a range, as `borrowed` read it, is sure: it is where it has a
        magnitude of its own with a section (3万-5亿) or where the high end has no magnitude it may have
        shared (3至50人); else the two ends must be of a size (`comparable_ends`)."""
        shares = self._bare_low(n1, m1) and bool(m3 or self._high_magnitudes(n2, m2)) or self._placed_low(n1, m1)
        return not shares or self.comparable_ends(low, high)

    def _sections_at_end(self, n: str, m: str | None) -> str:
        """The run of section characters (万, 亿) that ends a range's end: its magnitude word (万亿 of 10万亿)
        or the sections that close a Chinese numeral (万亿 of 十万亿, 万 of 三千万)."""
        if m:
            return "".join(c for c in m if c in self.lex.sections)
        k = len(n)
        while k and n[k - 1] in self.lex.sections:
            k -= 1
        return n[k:]

    def _cut_magnitude(self, n1: str, m1: str | None, n2: str, m2: str | None) -> bool:
        """Whether the sections that end a range's low end are the head of a longer run ending the high end
        (万 of 万亿 in 5万到10万亿, 三万至六万亿): the low end may have left off the rest (5万亿) or be whole as
        written (5万); `_from_match` keeps such a range only where the two ends are of a size. So too where the
        sections written in the low end, in order, begin those of the high end (万 of 一万二千至一万五千亿:
        1.2万亿 with 亿 left off, or 12000 as written?)."""
        low, high = self._sections_at_end(n1, m1), self._sections_at_end(n2, m2)
        if bool(low) and len(high) > len(low) and high.startswith(low):
            return True
        low, high = self._sections_in(n1 + (m1 or "")), self._sections_in(n2 + (m2 or ""))
        return bool(low) and len(high) > len(low) and high.startswith(low)

    def _sections_in(self, written: str) -> str:
        """The section characters (万, 亿) of a range's end with its magnitude, in the order written."""
        return "".join(c for c in written if c in self.lex.sections)

    def comparable_ends(self, low: float, high: float) -> bool:
        """Whether a bare low end read with (or without) the high end's magnitude is of a size with
        the high end: 1-5万, 10-20万, 6500到2万 are; 3至7000万 is not (3万, or 3000万 written short?),
        nor 9-5万: neither reading is sure, so the range gives no figure. Within RANGE_SPREAD, as
        ranges in statistics run (1-100万 still is)."""
        return low <= 0 or high / low <= RANGE_SPREAD

    def _one_unit(self, a: Measure, b: Measure) -> bool:
        """Whether the two ends of a range, each with its measure word, count in one unit: the same unit,
        and for plain counts (the unit of 个) the same measure word too (3人至5名 is one range, 3块到5个
        counts two things)."""
        return a.unit == b.unit and (a.measure == b.measure or a.unit not in self._counted_units)

    def _spoken_unit(self, word: str, measure: Measure) -> bool:
        """Whether `word` is a measure word speech uses for the unit `measure` counts in (块 for 元)."""
        money = self.lex.spoken_money.get(word)
        return money is not None and money in self.lex.measures and self.lex.measures[money].unit == measure.unit

    def _named_before(self, m: Measure, text: str, head: int) -> Measure:
        """The measure word a word written right before the number (or its sign) at `head` names for
        the measure word `m` after it (摄氏30度: 摄氏度, ℃; 华氏100度: 华氏度, ℉); `m` where none does."""
        for word, named in m.named_before:
            if text.endswith(word, 0, head) and named in self.lex.measures:
                return self.lex.measures[named]
        return m

    def _in_clause(self, m: Measure, text: str, head: int) -> Measure | None:
        """The measure word that a word of `m.in_clause` earlier in the clause of the number at `head` (in its
        sentence, where `m.in_sentence`) makes of `m` (用电量5亿度: 度 of electricity; 上证综指上涨25点，收于
        3200点: an index's points); None where no such word stands there, or the nearest names nothing: no
        measure word by itself."""
        if not m.in_clause:
            return None
        before = text[:head] if m.in_sentence else text[max(text.rfind(c, 0, head) for c in self.lex.clause_end) + 1:head]
        # the word that ends nearest the number decides (用电高峰气温达40度: 气温, no energy); of two that end there, the
        # longer, which holds the other (汇率 over 率: a rate quoted in pips, no percentage points)
        at, _, named = max(((i + len(w), len(w), n) for w, n in m.in_clause if (i := before.rfind(w)) >= 0),
                           default=(-1, 0, ""))
        if at < 0 and m.right_after and self._right_after(m, text, head):
            return m  # 同比增长3个点: no word of the clause names it, the verb right before the number does
        return self.lex.measures.get(named) if named else None

    def _right_after(self, m: Measure, text: str, head: int) -> bool:
        """Whether a word of `m.right_after` ends right before the number at `head`, a qualifier written before the
        number (约, 近) allowed between (增长约3个点; the words list their forms with a particle: 增长了)."""
        end = head - len(max((w for w in self.lex.qual_prefix if text.endswith(w, 0, head)), key=len, default=""))
        return text.endswith(m.right_after, 0, end)

    def _measure_ok(self, m: Measure, text: str, end: int) -> bool:
        if not text.startswith(m.not_before, end):  # a tuple: any of them, in one C call
            return True
        # A bound written after the measure word reads before the word it would start
        # (200 followed by the measure and 以上 is a bound, not the conjunction the measure
        # and 以 make); a tail the measure itself refuses stays refused.
        tail = next((w for w in self.lex.qual_suffix if text.startswith(w, end)), None)
        return tail is not None and tail not in m.not_before

    def _spoken_whole(self, num: str | None, mag: str | None, whole: float | None) -> bool:
        """Whether a tenth may follow the whole before the measure word (一米八, 两块八, 12米5): speech puts one only
        after a small whole said plainly, never after a magnitude (3亿元5), a decimal point (12.0元5) or a whole of
        numerals.yaml tenths_whole_below or more (32156元3), where the digit is a footnote's mark a page glued on."""
        if mag or whole is None or any(p in (num or "") for p in (".", *self.lex.decimal_points)):
            return False
        return not self.lex.tenths_whole_below or abs(whole) < self.lex.tenths_whole_below

    def _year_name(self, g: tuple[str | None, ...], regs: tuple[tuple[int, int], ...], text: str) -> bool:
        """Whether the number is a year's written alone and glued to a name its measure word merely opens
        (units.yaml `year_name`: 2024人才计划 is that year's programme, no count of 2024 人): a bare number only,
        no sign, magnitude, range or bound, the pattern matched from where the number starts."""
        pattern = self.lex.year_name
        if pattern is None or any(g[k - 1] for k in (_PRE, _NEGP, _PCT, _NEG, _M1, _N2, _INF, _M3, _POST)):
            return False
        return pattern.match(text, regs[_N1][0]) is not None

    def _bound_at_end(self, text: str, after: int, measure: Measure | None, post: str = "") -> bool:
        """Whether a suffix of `suffix_at_end` (三成强, 30%弱) bounds the share before it: only after a share's
        measure (any measure for the words of `any_measure`, 月薪3000元不到; money too for those of `money_or_share`,
        5000元封顶) and where no Han character, letter or digit follows it (强劲, 强村, 弱势, 不到位, 不到一年 are words
        of their own)."""
        if measure is None or (measure.measure not in self.lex.qual_suffix_at_end_measures
                               and post not in self.lex.qual_suffix_at_end_any
                               and not (post in self.lex.qual_suffix_at_end_money
                                        and measure.unit in self.links.money_units)):
            return False
        nxt = text[after:after + 1]
        return not nxt or not (nxt.isalnum() or _HAN.match(nxt))

    def _about_round(self, n1: str, m1: str | None, m3: str | None, meas: str | None) -> bool:
        """Whether an infix of `infix_after_place` (来) says "about" here: after a round number, a
        numeral ending in a place, a word of round tens or a magnitude (二十来个, 廿来人, 十来万元) or Arabic
        digits ending in 0 (10来万元, 20来人; after another digit, 二来人手不足, it is "secondly"), and before a
        magnitude or a measure word (三十来自各地 is "thirty from all over", no bound)."""
        lex = self.lex
        if not (m3 or meas):
            return False
        if m1 or n1[-1] in lex.units or n1[-1] in lex.sections or n1[-1] in lex.tens:
            return True  # (廿来人, 卅来岁: a word of round tens is a round number as 二十 is)
        return n1.isascii() and n1.isdigit() and n1[-1] == "0" and n1[0] != "0"

    def _unit_ratio(self, u1: str, meas: str | None, hc: str | None, hmeas: str | None, pct2: str | None) -> float:
        """What a low end counted in its own measure word `u1` is multiplied by to count in the high
        end's (3角钱到5元: 0.1, 3成到50%: 10, 3人至5名: 1), whose scales the lexicon gives."""
        lex = self.lex
        if meas and meas.startswith(u1):
            return 1.0  # 3个至5个百分点: the counter of the high end's measure word, as 2.1个、0.7个百分点 write it
        high = (lex.percent_prefix.get(pct2) if pct2 else None) or lex.measures.get(meas or "") \
            or lex.measures.get((hc or "") + (hmeas or "")) or lex.measures.get(hmeas or "")
        return lex.measures[u1].scale / high.scale if high is not None and high.scale else 1.0

    def _prefix_ratio(self, pct: str, meas: str | None) -> float | None:
        """What a range's low end after a share word (百分之, 千分之: numerals.yaml percent_prefix), the high end bare
        but for the measure word after it, is multiplied by to count in that word: 1 where the word is none or the
        share's own or one the share ends before (百分之二十至三十家企业: the figure ends at 三十); 0.1 for 成 after
        百分之 (百分之零点五至一成 = 0.5–10 %, never 0.5–1 %: 一成 is a tenth, as in 0.5%至1成); None where the
        high end counts in a rate, a point, a multiple or money of its own (百分之五至六个百分点, 百分之五到六倍,
        百分之五至六千元: ends of two kinds, or a high end that is another figure's: no sure range)."""
        own = self.lex.percent_prefix[pct]
        word = self.lex.measures.get(meas or "")
        if word is None or word is own:
            return 1.0
        if word.unit == own.unit:
            return own.scale / word.scale if word.scale else None
        lex = self.lex
        kinds = lex.rate_units | lex.multiple_units | lex.point_units.keys() | self.links.money_units
        return None if word.unit in kinds else 1.0

    def _range_ends(self, low: float, high: float, signed: bool, neg2: str | None,
                    sep: str | None) -> tuple[float, float] | None:
        """The two ends of a range, lower first, or None where no reading is sure: ends the wrong
        way round (2‐0万人, 5至3个), save two ends below zero said from the nearer one (零下5度至零下10度
        is −10 to −5); a signed low end before two dashes (-5℃--10℃, －5—－10℃), a dash and a
        minus or one double dash."""
        if signed and not neg2 and sep and len(sep) == 2 and sep[1] in self.lex.minus_signs:
            return None
        if low <= high:
            return low, high
        return (high, low) if signed and neg2 else None

    def _from_match(self, mt: regex.Match[str], text: str, g: tuple[str | None, ...] | None = None) -> Quantity | None:
        lex = self.lex
        g = g if g is not None else mt.groups()  # one call: a match is read some thirty times below
        regs = mt.regs  # spans of every group, read once ((-1, -1) for a group that did not match)
        (pre, negp, pct, neg, n1, cnt, m1, u1, _incl, sep, pct2, neg2, n2, cnt2, m2, inf, m3,
         hc, _half1, hmeas, meas, half2, sub, dec, post) = g
        if ((cnt and self.magnitudes.get(m1 or "", 0.0) < 1e8) or (cnt2 and self.magnitudes.get(m2 or "", 0.0) < 1e8)) \
                and meas and (m := lex.measures.get(meas)) is not None and m.unit not in self.links.money_units:
            return None  # 3个千人规模, 3到5个万人小区: a counter before a magnitude below 亿 counts money alone (3个万元);
            # before people or things that magnitude begins a word (千人, 万人) and the counter counts those: never
            # 3000 人, no sure figure (6个亿吨, 3到5个亿元 stay)
        if inf in lex.qual_infix_after_place and not self._about_round(n1, m1, m3, meas or hmeas):
            return None  # 二来人手不足, 三十来自各地: 来 there is no "about"
        lone = lex.sections.get(n1) or self.magnitudes.get(n1)
        approx = False
        pre_off = self._prefix_off(g, text, regs[0][0])
        if lone and not n2 and not inf and pre_off:
            return None  # 不过万元, 签约万元: a magnitude alone that no qualifier bounds is no number
        if lone and not n2 and (pre or inf or self._lone_step(text, regs[_N1][0], mt.end())):
            # 万余名, 近万人, 突破万亿元: a lone magnitude that a qualifier bounds counts one of it, and so does one
            # between a verb of reaching a level and that level (迈上万亿元台阶, as 迈上500亿元台阶 is 500亿元)
            # (bare 万户, 上万 or 万亿级 are no figures: exclusions.yaml drops them, or they parse to none)
            first: tuple[float, float | None, bool] | None = (
                float(lone) * self.magnitudes.get(m1 or "", 1.0), None, False)
        elif not (n2 or pct) and bool(m1) != bool(m3) and self._section_before(n1, m1 or m3 or "") is not None:
            # 一亿两千多万元, 十亿零五百多万, 4万亿1500亿元: the magnitude after the numeral (or its bound) counts the
            # tail after its larger section alone (1.2亿 and more, 10.05亿 and more, 4.15万亿), never the whole
            # numeral (1000000500 万)
            first = self._section_then_tail(n1, m1 or m3 or "")
            if first is not None and m1:
                first = first[0] * self.magnitudes[m1], None, False
        else:
            first = self._value(n1, m1)
            # 三五折: a loose pair that is no pair of neighbours (numerals.yaml loose_pairs) is a whole and its tenth
            # there too, 3.5 折, as discounts are spoken (never 30–50 %); 七八折 stays the range of neighbours
            loose = n1 in lex.loose_pairs and len(n1) == 2 and lex.digits.get(n1[0], 0) < lex.digits.get(n1[1], 0)
            if (first is None or loose) and meas in lex.tenths_before and not (m1 or n2 or pct) and len(n1) == 2 \
                    and all(lex.digits.get(c) for c in n1):
                first = (lex.digits[n1[0]] + lex.digits[n1[1]] / 10, None, False)  # 八五折 = 8.5 折
        if first is None or pct and n1 in lex.loose_pairs and not m1:
            # 百分之三五: a loose pair as a rate's whole numeral is 3–5, 3.5 with the point unsaid (as rates are
            # spoken) or 35 with the ten left off; no reading is sure (百分之七八, 百分之三五十 stay ranges)
            return None
        value, high, approx = first
        if cnt and lex.half.word and cnt.endswith(lex.half.word):
            # 三个半亿元, 一个半亿: the counter, a half, then the magnitude (3.5亿, never 3.5 个); a whole number
            # alone before it, no range, no bound and no magnitude after it (三四个半亿 has no sure reading)
            whole = self._value(n1, None)
            if n2 or inf or m3 or high is not None or whole is None or not whole[0].is_integer() or whole[0] <= 0:
                return None
            value += lex.half.value * self.magnitudes.get(m1 or "", 1.0)
        if n2:
            # 3元到5万元: a low end with a measure word of its own (u1) is whole as written; it shares
            # no magnitude with the high end, nor the high end with it
            # 一点五万至二万元, 3万至5万5千元: a high end with a section of its own (二万) borrows none (二万万 = 2亿)
            own = any(c in lex.sections for c in n2)
            if not (u1 or m2 or own) and m1 and n2[-1] in lex.units and any(c in lex.sections for c in m1):
                return None  # 三点五万至四千元: 4千万 (borrowed) or 4千 below its low end? no reading is sure
            # 4千至八千元: a low end's place (千, no section) is no magnitude a Chinese high end with places of
            # its own can take (八千千 is no number): the high end is whole as written (8000, where it was 800万
            # and the range dropped as two ends of no size)
            own = own or (bool(m1) and not any(c in lex.sections for c in m1) and any(c in lex.units for c in n2))
            second = self._value(n2, m2 if u1 or own else (m2 or m1))
            if not (u1 or own or m2) and m1 and second is not None \
                    and (whole := self._value(n2, None)) is not None and whole[1] is None and whole[0] > abs(value):
                second = whole  # 3万至35000元, 1.2万-15000人: a high end above the low end as written takes no
                # magnitude from it (35000万 is 3.5亿); 3万至5元 (5 below 3万) is 3万–5万 still
            if second is not None and second[1] is not None and high is not None and not (m1 or m3 or u1) \
                    and not (approx or second[2] or neg or negp or neg2 or pct or pct2):
                # 三四到五六万, 三四十至五六十人: two loose pairs (no 几), the low end bare, are one range from the low
                # end's low to the high end's top (30000–60000), where the low pair's top digit stands below the high
                # pair's low one and both have the same places (三四十, 五六十) or the low end none before the high
                # end's section (万, 亿): it takes that magnitude, as 三到五万 does
                d = lex.digits
                if not (len(n1) >= 2 and len(n2) >= 2 and d.get(n1[1]) is not None and d.get(n2[0]) is not None
                        and d[n1[1]] < d[n2[0]] and (n1[2:] == n2[2:] or len(n1) == 2
                                                     and all(c in lex.sections for c in n2[2:]))):
                    return None  # 三四到四五万, 五六到三四万, 三四至五六十 (3–4 or 30–40?): no sure range
                second = (second[1], None, second[2])
            if second is None or second[1] is not None or high is not None and (neg or negp or neg2 or pct2):
                return None  # 三到五六万, 三四到五六十: no range of ranges
            if high is not None and not high < second[0]:
                return None  # 七八十至八十: no range
            # 七八十至一百人, 十几至二十家: a low end said as a loose pair or with 几 (70–80, 11–19) before a high end above
            # it opens the range from its own low end: 70–100 人, 11–20 家 (about, as 十几 is)
            high = -second[0] if neg2 else second[0]
            plus_high = not (pct2 or neg2) and text.endswith(lex.plus_word_high or ("\x00",), 0, regs[_N2][0])
            if plus_high and not (neg or negp):
                return None  # 三到正五: 正 is a sign only after a low end signed in words (负二到正二个百分点)
            if (neg or negp) and not neg2 and high and _HAN.match(neg or negp or "") and not plus_high \
                    and not text.endswith(lex.plus_words or ("\x00",), 0, regs[_N2][0]) \
                    and not (u1 and (hmeas or meas) and (neg or negp) in lex.sign_word_own_end) \
                    and not (n1 == n2 and m1 == m2 and not m3 and (neg or negp) in lex.sign_word_band):
                return None  # 零下5至10度, 负5至10%: −10 to −5, or −5 to 10? A sign in words leaves it unsure
                # (零下5℃至3℃: each end's own measure word, the sign the low end's alone: −5 to 3; 负百分之五至百分之五
                # and 负5%至5%: the same numeral at both ends, a band round zero, never −5 to −5)
            if u1:
                if m3 or not (meas or hmeas or pct2):
                    # 3元至5多万元: the magnitude after the qualifier is the high end's alone; 5元至10万: the
                    # high end in what? (10万元, or 10万 of the low end's 元 as written?)
                    return None
                value *= self._unit_ratio(u1, meas, hc, hmeas, pct2)  # 3角钱到5元: 0.3 元
            else:
                value = self.borrowed(value, n1, m1, n2, m2, high if not neg2 else -high)
                if not self._low_sure(value, abs(high), n1, m1, n2, m2, m3):
                    return None  # 3至7000万元: 3万 or 3000万? no reading is sure
                if self._cut_magnitude(n1, m1, n2, m2) and not self.comparable_ends(abs(value), abs(high)):
                    return None  # 5万到10万亿元: 5万亿 with 亿 left off, or 5万 as written? no reading is sure
                if pct and not pct2:
                    ratio = self._prefix_ratio(pct, meas)
                    if ratio is None:
                        return None
                    if ratio != 1.0:  # the low end now counts in the high end's measure word, as a low end's own
                        value, pct = value * ratio, None  # word does (3成到50%): the figure is the high end's
            approx = approx or second[2]
        if neg or negp:  # 自然增长率-0.9‰, 负百分之五: a sign, not a dash (a dash after a digit is a range)
            if high is not None and not n2:
                value, high = -high, -value  # 零下七八度, 负一二度: the one sign turns both ends (−8 to −7, never −7 to 8)
            else:
                value = -value
        if high is not None:
            ends = self._range_ends(value, high, bool(neg or negp), neg2, sep)
            if ends is None:
                return None
            value, high = ends
        if m3:  # 300多万人: the magnitude after the qualifier
            factor = self.magnitudes[m3]
            if factor < max(self.magnitudes.get(m1 or "", 0.0), lex.sections.get(n1[-1], 0)):
                return None  # 1.2亿万, 十二亿万, 3亿多万: a smaller magnitude after a larger one (3万万 = 3亿 stays)
            value, high = value * factor, (high * factor if high is not None else None)
        meas_word, end = meas, regs[_MEAS][1]
        halved = False
        if hmeas:  # 一个半月, 两个半小时: the counter, a half, then what it counts
            counted = hc + hmeas
            meas_word = counted if counted in lex.measures else hmeas
            end, halved = regs[_HMEAS][1], True
        elif half2 and text.startswith(self._half_units, regs[_HALF2][1]):
            return None  # 十天半月, 一天半天, 十天半个月: "ten days or half a month", never 10 or 10.5 天
        elif half2 and meas_word in lex.money_after and (text.startswith(self._half_bought, regs[_HALF2][1])
                                                         or not self._spoken_whole(n1, m1, value)):
            # 猪肉15元半斤, 停车3元半小时: 15 元 for half a jin, never 15.5 元; nor is a half spoken after a magnitude, a
            # decimal point or a large whole (三万块半, 1500元半程: 半 begins the next word): the figure ends at its
            # money word
            pass
        elif half2 and not text.startswith(lex.half.not_before, regs[_HALF2][1]):
            end, halved = regs[_HALF2][1], True  # 三成半, 两米半, 一年半
        counted_end = 0
        if post and meas_word in lex.counters and not hmeas:
            # 5个多百分点: the counter, the qualifier, then the rest of a counted measure word
            # (个百分点): more than 5 percentage points, not 5 个
            rest = max((w for w in self._longer(meas_word) if text.startswith(w[len(meas_word):], regs[_POST][1])),
                       key=len, default=None)
            if rest is not None:
                meas_word, counted_end = rest, regs[_POST][1] + len(rest) - len(meas_word)
        measure = lex.measures.get(meas_word) if meas_word else None
        if measure and measure.named_before:  # 摄氏30度, 华氏零下40度: the scale named before the number
            measure = self._named_before(measure, text, min(regs[k][0] for k in (_NEGP, _NEG, _N1) if g[k - 1]))
        trimmed = 0
        ok: bool | None = None  # what `_measure_ok` said of the measure word where it ends, once asked
        if measure and meas_word and not (hmeas or halved or post or counted_end) and \
                not (ok := self._measure_ok(measure, text, end)):
            # a measure word that what follows refuses yields to the shorter one it opens, where that one is fine
            # there (a count of people, not of person-years, before a word that 年 opens)
            cut = max((len(w) for w in self._shorter(meas_word)
                       if self._measure_ok(lex.measures[w], text, end - len(meas_word) + len(w))), default=0)
            if cut:
                trimmed = len(meas_word) - cut
                end, meas_word = end - trimmed, meas_word[:cut]
                measure, ok = lex.measures[meas_word], None
        # the sign right before the number: a minus (零下5度) or a plus word (零上5度: `_plus_before`), which the
        # grammar reads but keeps in no group of its own
        sign = neg or negp or self._plus_before(text, regs[_N1][0])
        if measure and (measure.only_after or measure.in_clause) and \
                not (measure.only_after and sign in measure.only_after):
            # 5度 alone: no temperature (零下5度 is one); 发电5亿度 is energy, 沪指收于3200点 an index's points
            measure = self._in_clause(measure, text, min(regs[k][0] for k in (_NEGP, _NEG, _N1) if g[k - 1]))
            if measure is None:
                post, halved = None, False
        if measure and (not (ok if ok is not None else
                             self._measure_ok(measure, text, regs[_HMEAS][1] if hmeas else regs[_MEAS][1] - trimmed))
                        or measure.min_value and (value < measure.min_value or halved)
                        or self._year_name(g, regs, text)):
            measure, post, halved = None, None, False  # 沪指下午3点, 三点半: a clock's hour, no index points
        if measure and meas_word in lex.spoken_money_only:
            spoken = self._spoken_only(g, regs, text)
            if spoken is None:
                return None
            if not spoken:  # 三毛的作品, 五角星: no money, no measure word (百分之十毛: the figure ends at 十)
                measure, post, halved, meas_word = None, None, False, None
        if sub:  # 元零伍角, 五角零二分: a 零 before a digit only marks the gap
            sub = "".join(c for i, c in enumerate(sub) if not (lex.digits.get(c) == 0 and sub[i + 1:i + 2]
                                                                 and sub[i + 1] not in lex.money_fractions))
        # The tail after the measure word (角 and 分, tenths, a half) belongs to the end written right
        # before it: the number, or a range's high end (三小时到三个半小时 is 3–3.5 小时, 5块到5块5 5–5.5 元).
        whole = value if n2 is None else high
        tailed = bool(sub or dec or halved) and measure is not None
        if tailed and (neg2 or whole is None or whole < 0):
            return None  # -3到-3块5: a signed high end with a tail, no sure reading
        written_word = meas_word
        if sub and measure and meas_word in lex.money_after:
            whole += sum(lex.digits.get(sub[i], int(sub[i]) if sub[i].isdigit() else 0) * lex.money_fractions[sub[i + 1]]
                         for i in range(0, len(sub) - 1, 2))
            if len(sub) % 2:  # 两毛五: the digit after the largest fraction word is the smallest (五分)
                last = sub[-1]
                whole += lex.digits.get(last, int(last) if last.isdigit() else 0) * min(lex.money_fractions.values())
            measure, end = lex.measures[lex.money_after[meas_word]], regs[_SUB][1]
            meas_word = measure.word
        some_more = False
        if dec and self.numeral_words and text.startswith(self.numeral_words, regs[_DEC][0]):
            dec = None  # 3亿元一般公共预算收入: the digit opens a common word (numerals.yaml numeral_words), no tenth
        if dec and not self._spoken_whole(n1 if n2 is None else n2, (m1 if n2 is None else m2) or m3, whole):
            dec = None  # 3亿元5, 32156元3: no tenth after a magnitude or a large whole (a footnote's mark glued on)
        if dec and measure and meas_word in lex.tenths_after and whole.is_integer():
            if len(dec) > 1 and dec[-1] in lex.tenths_not_last:
                return None  # 三块二两: 3.2 元 a 两 or 3 块 and 2 两, never 3.22 元
            dec = dec.rstrip("".join(lex.money_fractions))  # 3角5分: the 分 only names the digit's place
            whole = float(f"{whole:.0f}." + "".join(c if c.isdigit() else str(lex.digits[c]) for c in dec))  # 一米八
            end = regs[_DEC][1]
            if lex.approx_digit and text.startswith(lex.approx_digit, end) and not post:
                end, some_more = end + len(lex.approx_digit), True  # 一米八几: 1.8 and some, at least 1.8
            if meas_word in lex.money_after:  # 两块八 = 2.8 元
                measure = lex.measures[lex.money_after[meas_word]]
                meas_word = measure.word
        elif (not (dec or sub or halved or post or n2) and measure and meas_word in lex.tenths_after and whole.is_integer()
              and lex.approx_digit and text.startswith(lex.approx_digit, end)
              and not _HAN.match(text, end + len(lex.approx_digit))):
            # 五成几, 三块几: the tenths left unsaid, at least the whole (几 before a Han character may begin a word: 几乎)
            end, some_more = end + len(lex.approx_digit), True
            if meas_word in lex.money_after:
                measure = lex.measures[lex.money_after[meas_word]]
                meas_word = measure.word
        if halved:
            whole += lex.half.value
            if measure and meas_word in lex.money_after:  # 三块半 = 3.5 元, as 两块八 is 2.8 元
                measure = lex.measures[lex.money_after[meas_word]]
                meas_word = measure.word
        if n2 is None:
            value = whole
        else:
            high = whole
        pct = pct or pct2
        if pct:
            measure = lex.percent_prefix[pct]
            if meas_word and lex.measures.get(meas_word) is not None and lex.measures[meas_word].unit != measure.unit:
                last = n2 or n1
                if m1 or m2 or m3 or last[-1] in lex.sections or len(last) > 1 and lex.units.get(last[-1], 0) >= 100:
                    return None  # 百分之十二万人, 百分之五千人: 120000 % or 12 % and 万人 of the next word? none
                if n2 and not pct2:
                    return None  # 百分之二十至三十家企业: the bare high end counts firms (30 家), no end of a share
                meas_word = None  # 百分之三美分: the percent ends at 三; 美分 is no word of it (nor its scale)
        if u1 and measure and u1 != written_word and not self._one_unit(lex.measures[u1], measure) \
                and not self._spoken_unit(u1, measure) and not (written_word or "").startswith(u1):
            # 10%-15个, 3块到5个: not one range (5块到5块5 and 三块到五块钱 are: 块 there is 元, and 3个至5个百分点
            # is: the low end wrote the counter of the high end's measure word)
            return None
        num_end = _num_end(g, regs)
        if measure is None or not meas_word:
            end = num_end
        if post and post in lex.qual_suffix_at_end and not self._bound_at_end(text, regs[_POST][1], measure, post):
            post = None  # 15%强劲增长, 三成强村: 强 begins a word; the share stays as written before it
        if post and text.startswith(lex.qual_suffix_not_before.get(post, ("\x00",)), regs[_POST][1]):
            post = None  # 3家许可证: 许 begins a word of its own; the count stays as written before it
        if measure is None:
            post = None
        elif post:
            end = counted_end or regs[_POST][1]
        if measure and meas_word in lex.spoken_money and self._spoken_money(text, regs[0][0], end):
            measure = lex.measures[lex.spoken_money[meas_word]]  # 月薪3000块 = 3000 元
            meas_word = measure.word
        if measure and self._signed_word(_num_start(g, regs), text):
            return None  # 利润-人民币500万元: a sign before the currency word; never the amount unsigned
        if measure and meas_word in lex.currency_yuan:
            named = self._currency_named(measure, text, _num_start(g, regs), end)
            if named is None:
                return None  # 美元3亿元人民币: two currencies, no sure one
            measure, end = named
        scale = measure.scale if measure else 1.0
        if measure and measure.max_value and max(value, high if high is not None else value) * scale > measure.max_value:
            return None  # 十成五, 十一成: more tenths than the whole (十成 = 100 % stays)
        if some_more and measure and measure.max_value and value * scale >= measure.max_value:
            return None  # 十成几: no tenths above the whole
        qualifier = (
            lex.qual_prefix.get(pre or "")
            or lex.qual_infix.get(inf or "")
            or lex.qual_suffix.get(post or "")
            or ("lower_bound" if some_more and n2 is None else "")
            or ("approx" if approx else "exact")  # 十几万: 11万–19万, approximately
        )
        if qualifier == "exact" and measure is not None and meas_word and not post and lex.qual_suffix_size:
            about = lex.qual_suffix_size.match(text, end)
            if about is not None:  # 5米来长, 两斤来重的鱼: about so long, so heavy (the word of size stays outside)
                qualifier, end = "approx", about.end()
        marks, signed_units = lex.minus_rate_only
        if (neg or negp or neg2) and any(s in marks for s in (neg, negp, neg2)) \
                and (measure is None or measure.unit not in signed_units) \
                and not self._money_minus(measure, text, regs[_NEGP if negp else _NEG][0] if negp or neg else -1):
            return None  # 来源—3家企业: an em dash before a count is punctuation as often as a sign; no sure value
        start = regs[0][0]
        if pre_off:
            start = regs[_PRE][1]  # 签约23个, 比我小3岁: the prefix qualifies nothing here
            qualifier = (lex.qual_infix.get(inf or "") or lex.qual_suffix.get(post or "")
                         or "exact")
        elif self._prefix_names_span(g, text, start):
            qualifier = lex.qual_infix.get(inf or "") or lex.qual_suffix.get(post or "") or "exact"
        if qualifier == "exact" and measure is not None and not pre:
            qualifier = self._bound_before_word(_num_start(g, regs), text) or qualifier
        return Quantity(
            start=start,
            end=end,
            quote=text[start:end],
            value=clean(value * scale),
            value_high=clean(high * scale) if high is not None else None,
            measure=measure.measure if measure else "",
            unit=measure.unit if measure else "",
            qualifier=qualifier,
            how="measure" if measure else "",
            word=meas_word if measure and meas_word else "",
            num_start=_num_start(g, regs),
            num_end=num_end,
        )

    def _plus_before(self, text: str, at: int) -> str:
        """The plus word (numerals.yaml plus_words: 零上) that ends right before the number at `at`, or ""."""
        return next((w for w in self.lex.plus_words if w and text.endswith(w, 0, at)), "")

    def _money_minus(self, measure: Measure | None, text: str, sign: int) -> bool:
        """利润为—3.5亿元, 净利润由—1200万元增至300万元: a dash that a text types for the minus (numerals.yaml
        minus_rate_only) right after a word that punctuation never follows (为, 由: minus_rate_only.money_after) is
        the sign of the money after it, as before a rate; after a bare name (利润总额—3.5亿元) it may be a label's mark,
        so only there. `sign`: where the first number's dash stands (-1: the dash is the high end's alone)."""
        return measure is not None and measure.unit in self.links.money_units and sign > 0 \
            and text.endswith(self.lex.minus_money_after, 0, sign) if self.lex.minus_money_after else False

    def _currency_named(self, measure: Measure, text: str, num_start: int, end: int) -> tuple[Measure, int] | None:
        """港币3亿元, 美元5000万元, 3亿元港币: 元 is the unit of the currency a currency word names right
        before the number (measure_before links between) or right after 元, never renminbi there;
        (measure, end of the figure), or None where the two sides name different currencies."""
        names = self.lex.currency_names
        if text[end:end + 1] not in self._currency_by_first and self._currency_by_last.keys().isdisjoint(
                text[max(0, num_start - self._currency_reach):num_start]):
            return measure, end  # no name can end before the number nor start after 元 (most 元 amounts)
        before = None
        for link in self._currency_links:
            head = num_start - len(link)
            if head < 1 or not text.startswith(link, head):
                continue  # no room for a name before the link, or no link
            word = next((w for w, _ in self._currency_by_last.get(text[head - 1], ())
                         if head >= len(w) and text.startswith(w, head - len(w))), None)
            if word is not None:
                if self._listed_currency(text, head - len(word)):
                    return None  # 港元、美元3亿元: an amount in two currencies, neither is sure
                before = names[word]
                break
        after_word = next((w for w in self._currency_by_first.get(text[end:end + 1], ())
                           if text.startswith(w, end)), None)
        after = names[after_word] if after_word else None
        if before and after and before.unit != after.unit:
            return None
        named = before or after
        if named is None or named.unit == measure.unit:
            return measure, end
        return named, end + len(after_word) if after is not None else end

    def _listed_currency(self, text: str, at: int) -> bool:
        """Whether another currency name and a list link (、 和 及) stand right before `at`, where a
        currency name begins: 港元、美元3亿元 names two currencies for one amount."""
        for link in self.lex.list_links:
            head = at - len(link)
            if head >= 1 and text.startswith(link, head) and any(
                    head >= len(w) and text.startswith(w, head - len(w))
                    for w, _ in self._currency_by_last.get(text[head - 1], ())):
                return True
        return False

    def _spoken_only(self, g: tuple[str | None, ...], regs: tuple[tuple[int, int], ...], text: str) -> bool | None:
        """Whether a measure word that is money only as speech uses it (毛, 角: numerals.yaml
        spoken_money.only) is money here, as 块 would be (票价五毛, 三毛五一斤, 五毛 alone); None where
        a digit or a fraction word follows what the grammar read (三毛五分: 3.5 毛 and 5 分?)."""
        if g[_HMEAS - 1] or g[_SUB - 1] or g[_HALF2 - 1] or not g[_MEAS - 1]:
            return None  # 三毛半, 一个半毛: a half of a tenth, no sure reading
        if (g[_DEC - 1] or "")[-1:] in self.lex.money_fractions:
            return True  # 3角5分: a tenth and a hundredth of money are money wherever they stand
        tail = max(regs[k][1] for k in (_MEAS, _DEC, _POST) if g[k - 1])
        if tail < len(text) and (text[tail].isdigit() or text[tail] in self.lex.digits) \
                and not self._price_per_unit(text, tail):
            return None
        # 八角、桂皮 and 八角：5200吨 name star anise in a list or a label: a clause with nothing else in it says no money
        # there, only a cue before the amount does (价格八角、九角不等)
        alone = not text.startswith(self.lex.spoken_money_only_not_alone_before, tail)
        return (self._spoken_money(text, regs[0][0], tail, alone=alone)
                or self._money_after_link(g[_MEAS - 1] or "", text, tail))

    def _money_after_link(self, word: str, text: str, at: int) -> bool:
        """从三毛到五毛钱: a range word or separator at `at`, then an amount in a measure word of the same
        money that is money wherever it stands (毛钱, 元): the end before it is that money too."""
        link = next((w for w in (*self.lex.to_words, *self.lex.range_separators, *self.lex.dashes)
                     if w and text.startswith(w, at)), None)
        if link is None:
            return False
        mt = self.single.match(text, at + len(link))
        other = self.lex.measures.get(mt.group("meas") or "") if mt is not None else None
        return (other is not None and other.word not in self.lex.spoken_money_only
                and other.unit == self.lex.measures[word].unit)

    def _spoken_money(self, text: str, start: int, end: int, alone: bool = True) -> bool:
        """月薪3000块, 只要十块, 3000块 alone: the spoken yuan ends its clause (3块土地 counts land) and
        its clause speaks of money before the number or holds nothing else (建成球场5块 counts); or a
        price per unit follows it (五块一斤, 三百块一个); or a range's high end in the same word follows it that is
        money so (三千多块到五千块: the low end bounded, the grammar reads no range). alone=False: a clause with
        nothing else in it is not enough (the amount is a list's item or a label's word)."""
        if end < len(text) and not _HAN.match(text, end) and self._price_per_unit(text, end):
            return True  # 烤肠5块1根: a head typed as a digit (numerals.yaml spoken_money per) before the unit of sale
        if end < len(text) and _HAN.match(text, end):
            if self._price_per_unit(text, end):
                return True
            high = self._spoken_high.match(text, end) if self._spoken_high is not None else None
            # 三千多块到五千块: money where the high end's 块 is; 三千多块到五千块钱, 到五千元: money
            return high is not None and (high["w"] not in self.lex.spoken_money
                                         or self._spoken_money(text, start, high.end(), alone))
        clause = max(text.rfind(c, 0, start) for c in self.lex.clause_end) + 1
        before = text[clause:start]
        return (alone and not _HAN.search(before)) or any(w in before for w in self.lex.spoken_money_cues)

    def _price_per_unit(self, text: str, at: int) -> bool:
        """五块一斤, 三百块一个, 二十块每张: a head (一, 每) and a unit of sale right after the amount."""
        lex = self.lex
        head = next((h for h in lex.spoken_money_per if text.startswith(h, at)), None)
        return head is not None and text.startswith(lex.spoken_money_per_units, at + len(head))

    def _bare_start(self, g: tuple[str | None, ...], regs: tuple[tuple[int, int], ...], text: str) -> int:
        """Where a match without a measure word starts: `_from_match` would say the same."""
        start = regs[0][0]
        return regs[_PRE][1] if self._prefix_off(g, text, start) else start

    def _prefix_off(self, g: tuple[str | None, ...], text: str, start: int) -> bool:
        """True where the prefix matched before the number qualifies nothing: it ends the word
        before it (签约23个, 最近3年), or it bounds only a round number and this one is not
        (比我小3岁 is a difference, 小一万人 about ten thousand; 见过一千人 is no bound, 过万人 is)."""
        pre = g[_PRE - 1]
        if not pre:
            return False
        if start > 0 and text[start - 1:start] in self.lex.qual_prefix_not_after.get(pre, ()) \
                and not any(text.endswith(w, 0, start) for w in self.lex.qual_prefix_still_after.get(pre, ())):
            return True
        words, after = self.lex.qual_prefix_compared
        if pre in words:  # 比上年小一万人: a difference, not "about ten thousand"
            clause = max(text.rfind(c, 0, start) for c in self.lex.clause_end) + 1
            if any(w in text[clause:start] for w in after):
                return True
        how = self.lex.qual_prefix_round.get(pre)
        if how is not None and text.endswith(self._before_words, 0, start):
            return False  # 收入过5万元, 月入过3万: after a word that names the amount, 过 is "over", no particle of 见过
        return how is not None and not self._round(g, lone=how == "lone")

    def _prefix_names_span(self, g: tuple[str | None, ...], text: str, start: int) -> bool:
        """近三年，全市累计投资…, 近5年来: a prefix at the head of its clause (nothing but marks before it there) and
        before a span of time (qualifiers.yaml prefix_head_off) names the span just past, the recent three years: a
        period's word, part of the quote, that bounds nothing. After a word in its clause (历时近三年) it is "nearly"."""
        pre = g[_PRE - 1]
        if not pre or g[_N2 - 1] or g[_MEAS - 1] not in self.lex.qual_prefix_head_off.get(pre, ()):
            return False
        clause = max(text.rfind(c, 0, start) for c in self.lex.clause_end) + 1
        return not any(ch.isalnum() for ch in text[clause:start])

    def _lone_step(self, text: str, start: int, end: int) -> bool:
        """Whether a magnitude written alone (from `start`, its measure word up to `end`) stands right between a
        verb of reaching a level and the level (numerals.yaml lone_steps: 迈上万亿元台阶, 跨越千亿元大关): it names
        one of that magnitude, as a number before it would name so many (迈上3万亿元台阶)."""
        lex = self.lex
        return (bool(lex.lone_step_verbs) and text.endswith(lex.lone_step_verbs, 0, start)
                and text.startswith(lex.lone_step_levels, end))

    def _round(self, g: tuple[str | None, ...], lone: bool) -> bool:
        """A single number ending in a magnitude of a hundred or more (一万, 两千, 10亿); with
        `lone`, a magnitude written alone (万, 亿, 百万)."""
        n1, m1, lex = g[_N1 - 1] or "", g[_M1 - 1], self.lex
        if g[_N2 - 1] or not n1:
            return False
        if lex.sections.get(n1) or self.magnitudes.get(n1):
            return True
        if lone:
            return False
        if m1:
            return self.magnitudes.get(m1, 0.0) >= 100
        return lex.units.get(n1[-1], 0) >= 100 or n1[-1] in lex.sections

    # -- bare numbers --------------------------------------------------------

    def _bounded_low(self, end: int, text: str) -> bool:
        """Whether a range mark and a number follow `end`, the end of a number with a bound word: 3千左右-5千元 and
        三万多至五万 say a range whose low end is bounded, which the grammar reads as no range (the bound stands between
        the ends); a word before the low end that measures it (月薪, 人口) must not make it a figure alone, as
        三千多至五千人 is none."""
        return self._range_after is not None and self._range_after.match(text, end) is not None

    def _scaled(self, g: tuple, signs: bool = True) -> bool:
        """A number with a magnitude or a bound word inside it (1.2万, 3万余, 十多万): one that a word counting people may
        measure with no measure word written (people_nouns after it, a `scaled` word of measure_before before it).
        Without `signs`, a sign for more (4+, typed in ASCII) is no such bound: 吸纳就业4+N人 names a model, no count."""
        inf = g[_INF - 1]
        return bool(g[_M1 - 1] or g[_M2 - 1] or (inf and (signs or not inf.isascii())) or g[_M3 - 1]
                    or any(c in self.lex.sections for c in g[_N1 - 1] or ""))

    def _measure_before(self, num_start: int, text: str) -> Measure | None:
        """接待游客人次1.3亿: the measure word written before the number, if any."""
        if not num_start or text[num_start - 1] not in self._before_ends:
            return None  # nothing before the number, or a character that ends no link and no measure word
        for link in self._before_links:
            head = num_start - len(link)
            if head < 0 or (link and not text.startswith(link, head)) or not text.endswith(self._before_words, 0, head):
                continue  # (no measure word ends there: told in one call in C, not a word at a time)
            for word, m in self.lex.measure_before.items():
                if head >= len(word) and text.startswith(word, head - len(word)):  # a negative start wraps
                    if head > len(word) and self._candidate.match(text, head - len(word) - 1):
                        return None  # 3英镑50便士, 3美元50美分: the word measures the number before it
                    if self._signed_before(head - len(word), text):
                        return None  # 利润-¥500万: a sign before the currency sign; never the amount unsigned
                    return m
        return None

    def _signed_word(self, num_start: int, text: str) -> bool:
        """A minus sign before a currency word or sign that stands before the number (利润-人民币500万元, −港币3亿元,
        亏损-RMB 500万元, 负美元500万), with a link or spaces between, or before a bound word or an opening bracket
        (增速为-约3%, 负近3%, 利润为-(500万元)): the sign is the number's, but the grammar reads one only right before
        the digits, so the figure would come out unsigned: none rather than that."""
        head = num_start
        while head and text[head - 1].isspace():
            head -= 1
        if not head or text[head - 1] not in self._signable_ends:
            return False  # most numbers: nothing before them that ends a currency word, a link or a bound word
        bounds = (*self._signable_bounds, *self.lex.minus_brackets)
        bound = next((w for w in bounds if text.endswith(w, 0, head)), None) if text.endswith(bounds, 0, head) else None
        if bound is not None and self._signed_before(head - len(bound), text):
            return True  # 增速为-约3%, 利润为-(500万元)
        for link in self._currency_links:
            if link and not text.endswith(link, 0, head):
                continue
            at = head - len(link)
            word = next((w for w in self._signable if text.endswith(w, 0, at)), None) \
                if text.endswith(self._signable, 0, at) else None  # (most places: none, told in one call in C)
            if word is not None:
                return self._signed_before(at - len(word), text)
        return False

    def _bound_before_word(self, num_start: int, text: str) -> str:
        """约人民币200万元, 超过人民币3000万元, 不到¥100, 约US$5亿: a prefix bound (qualifiers.yaml prefix) written before
        the currency word or sign that stands before the number (a link or spaces between allowed) bounds the amount as
        it does right before the digits, where the grammar reads it; "" where none stands there. A prefix that ends
        the word before it (签约人民币…: prefix_not_after) or bounds only a round number (prefix_round_only) is none."""
        head = num_start
        while head and text[head - 1].isspace():
            head -= 1
        if not head or text[head - 1] not in self._signable_ends:
            return ""  # most numbers: nothing before them that ends a currency word or a link
        lex = self.lex
        for link in self._currency_links:
            if link and not text.endswith(link, 0, head):
                continue
            at = head - len(link)
            word = next((w for w in self._signable if text.endswith(w, 0, at)), None) \
                if text.endswith(self._signable, 0, at) else None  # (most places: none, told in one call in C)
            if word is None:
                continue
            at -= len(word)
            while at and text[at - 1].isspace():
                at -= 1
            pre = next((w for w in self._signable_bounds if text.endswith(w, 0, at)), None)
            if pre is None or pre in lex.qual_prefix_round:
                return ""
            before = text[at - len(pre) - 1:at - len(pre)] if at > len(pre) else ""
            if before and before in lex.qual_prefix_not_after.get(pre, ()) and \
                    not any(text.endswith(w, 0, at - len(pre)) for w in lex.qual_prefix_still_after.get(pre, ())):
                return ""
            return lex.qual_prefix[pre]
        return ""

    def _signed_before(self, start: int, text: str) -> bool:
        """A minus sign right before a measure word written before the number (-¥500, −US$3亿, 负人民币500万), spaces
        between allowed, itself after no number, letter or percent (¥300-¥500 is a range, A-¥12 a code) and, a sign
        written 负, after no character that makes it a word's end (背负人民币3万元): the amount is negative, and the
        grammar reads a sign only right before the digits, so the measure is not lent there: none rather than the
        amount unsigned."""
        while start and text[start - 1].isspace():
            start -= 1
        if start < 1:
            return False
        sign = text[start - 1]
        prev = start - 2
        while prev >= 0 and text[prev].isspace():
            prev -= 1
        before = text[prev] if prev >= 0 else ""
        if sign in self._sign_words_han:
            return before not in self._sign_not_after or text[:prev + 1].endswith(self._sign_still_after)
        if sign not in self._sign_marks or sign in self.lex.minus_rate_only[0]:
            return False  # (就业—近3万人: a dash a sign before a rate only is punctuation before a word, no sign)
        tail = text[prev - 1:prev]  # what stands before two dashes: a digit, a unit sign (5%) or an amount ends a number
        if before in self.lex.dashes and (tail.isdigit() or tail in self.lex.measures or self._after_amount(text, prev)):
            return False  # 约2000元--约3000元, 约2000--约3000元, 约5%--约8%: the second of two dashes, a range mark
        return (not (before.isascii() and (before.isalnum() or before == "%")) and not before.isdigit()
                and not self._after_amount(text, prev + 1))

    def _after_amount(self, text: str, end: int) -> bool:
        """Whether an amount with its measure word ends at `end` (人民币300元-人民币500元: the dash after it joins a
        range, no sign): a measure word there with a numeral or a magnitude right before it, or a magnitude with
        a numeral right before it (约2万-约3万元: a range's low end that shares the high end's measure word)."""
        for word in (*self.lex.measures, *self.magnitudes):
            if text.endswith(word, 0, end) and end > len(word):
                c = text[end - len(word) - 1]
                if c.isdigit() or c in self.lex.digits or c in self.lex.units or c in self.magnitudes:
                    return True
        return False

    def _label_unit(self, g: tuple[str | None, ...], regs: tuple[tuple[int, int], ...], text: str) -> Quantity | None:
        """城镇新增就业（万人）21.4: a bare number right after a label's unit in brackets (`_LABEL_UNIT_BEFORE`, its colon
        after the bracket or not: a mark before the number, Po, which that pattern tells a colon), read
        in that unit (21.4万人 → 214000 人; quote the number as written); None where the bracket holds no unit this
        grammar reads after a number, the number carries a magnitude, a range or a qualifier of its own, or is a
        year (a head's columns: 金额（万元）2024)."""
        start, end = _num_start(g, regs), _num_end(g, regs)
        if not start or text[start - 1] not in " \t" and unicodedata.category(text[start - 1]) not in ("Pe", "Po") \
                or g[_M1 - 1] or g[_INF - 1] or g[_PRE - 1]:  # (a closing bracket, told by its Unicode category)
            return None
        number = text[start:end]
        if not number or not (all(ch.isdigit() or ch == "." for ch in number) or _GROUPED.fullmatch(number)) \
                or _YEAR_LIKE.fullmatch(number):
            return None
        m = _LABEL_UNIT_BEFORE.search(text, max(0, start - _LABEL_UNIT_REACH), start)
        if m is None:
            return None
        probe = number + m.group(1)
        mt = self.pattern.fullmatch(probe)
        q = self._from_match(mt, probe) if mt is not None else None
        if q is None or q.how != "measure" or q.end != len(probe) or q.value_high is not None:
            return None
        return Quantity(start, end, number, q.value, None, q.measure, q.unit, "exact", "label_unit", q.word,
                        start, end)

    def _paired_run(self, found: list[tuple[Quantity | None, regex.Match[str], tuple[str | None, ...]]], j: int,
                    text: str) -> int:
        """The index of the last numeral of a run of paired ones (一个两个三个四个) that starts with the pair ending at
        j: each further numeral with the same measure word and nothing between pairs with the one before it."""
        while j + 1 < len(found):
            cur = found[j][0]
            if cur is None or not self.links.paired(cur, found[j + 1][0], text):
                break
            j += 1
        return j

    def find(self, text: str, blocked: Callable[[Quantity], bool] | None = None) -> list[Quantity]:
        """Quantities of one sentence; `blocked` marks those an exclusion drops, so that a bare
        number never borrows the measure word of a date or a name (二、2023年).

        A match with no measure word (一 in 统一, most of them) is parsed only when it is kept:
        where the next match lends it its measure, a measure word stands before it, or people
        follow it. The next match decides that only when it holds a measure, so a bare match
        never needs parsing to judge its neighbour (no link word holds a numeral)."""
        if self._slash_lists is not None and not self._slash_signs.isdisjoint(text):
            text = self._slash_lists.sub(self.lex.slash_mark, text)  # 100MW/200MWh: two figures listed
        found: list[tuple[Quantity | None, regex.Match[str], tuple[str | None, ...]]] = []
        for mt in self._matches(text):
            g = mt.groups()  # read once, here and in _from_match
            if g[_MEAS - 1] is None and g[_HMEAS - 1] is None and g[_PCT - 1] is None and g[_PCT2 - 1] is None \
                    and self._lazy:
                found.append((None, mt, g))  # no measure: parsed below only if kept
                continue
            q = self._from_match(mt, text, g)
            if q is not None:
                found.append((q, mt, g))
        links = self.links
        out: list[Quantity] = []
        merged = -1  # the index of a figure already read into a range of neighbours (5、6万人)
        # list items read with a measure lent from further on (3、5、7万元), each with the figure that lends it
        lent: dict[int, tuple[Quantity, Quantity] | None] = {}
        paired_to = -1  # the last index of a run of paired numerals (一个两个三个)
        for i, (q, mt, g) in enumerate(found):
            if i == merged or i <= paired_to:
                continue
            if q is not None and q.how:
                nxt_match = found[i + 1] if i + 1 < len(found) else None
                if nxt_match is not None and links.paired(q, nxt_match[0], text):
                    # 十块八块, 三斤两斤: "a small amount", neither number is meant; a third and more so written
                    # (一个两个三个) run on in it, never the last alone
                    paired_to = self._paired_run(found, i + 1, text)
                    continue
                if q.end == q.num_end and nxt_match is not None and nxt_match[0] is None \
                        and text[q.end:nxt_match[1].start()] in links.neighbour_links:
                    second = self._plain_number(nxt_match[1], nxt_match[2], text)
                    pair = None if second is None else links.neighbour_after(q, second, text)
                    if pair is not None and not (blocked and blocked(pair)):  # 百分之五、六: the unit first
                        out.append(pair)
                        merged = i + 1
                        continue
                    items = self._rate_list(q, found, i, text)
                    if items and not (blocked and any(blocked(t) for t in items)):  # 百分之三、五、七
                        out.extend((q, *items))
                        paired_to = i + len(items)
                        continue
                out.append(q)
                continue
            regs = mt.regs
            restated = self._restated_before(found, i, text)
            if restated is not None and not (blocked and blocked(restated)):
                out.append(restated)  # 三万（30000）人: one figure, the measure word after the restatement's bracket
                merged = i + 1
                continue
            nxt = found[i + 1][0] if i + 1 < len(found) else None
            if i + 1 < len(found) and (nxt is None or not nxt.how):
                listed = self._listed(found, i, text, blocked, lent)
                if listed is not None:
                    out.append(listed[0])
                    continue
            if nxt is not None and nxt.how:
                start = q.start if q is not None else self._bare_start(g, regs, text)
                end = q.end if q is not None else _num_end(g, regs)
                link = text[end:nxt.num_start]
                if (link in links.neighbour_links or link in links.comma_links or link in links.cut_links or not link) \
                        and not (blocked and blocked(nxt)):
                    q = q if q is not None else self._from_match(mt, text, g)
                    pair = None if q is None else links.pair(q, _plain(g), nxt, text, link)
                    if pair is not None:
                        out.append(pair)
                        merged = i + 1
                        continue
                    if q is not None and link in links.cut_links and links.cut_neighbours(q, _plain(g), nxt, text):
                        merged = i + 1  # 十七，八人: 17–18, or a clause ending on 十七? never 8 人 alone
                        continue
                    if not link and g[_INF - 1]:
                        merged = i + 1  # 五十来六十岁, 十多二十五万元: a bounded number runs into the next, never it alone
                        continue
                    if q is not None and link in links.neighbour_links and links.signed_neighbours(q, nxt, text):
                        merged = i + 1  # 负5、6%: −6 to −5, or −5 and 6? never 6 % alone
                        continue
                if link in links.unsure_links and not (blocked and blocked(nxt)):
                    q = q if q is not None else self._from_match(mt, text, g)
                    if q is not None and links.decimal_comma(q, nxt, text):
                        merged = i + 1  # 增长3，5%: a decimal typed with a comma, never 5% alone
                        continue
                from_to = links.from_to(text, start, end, nxt)
                if (g[_INF - 1] and link in links.range_marks or any(
                        link.startswith(w) and link[len(w):] in links.range_marks for w in self.lex.qual_suffix)) \
                        and not from_to:
                    # 三千多至五千人, 3万左右至5万元, 3万以上至5万元: the high end of a range whose low end is bounded (and
                    # measured by the high end's word), not 5000 exact; after 到, 至 or a wave dash the two are one range,
                    # bounded as its low end is (3000–5000 人 at least); after a dash none. A low end
                    # with a measure word of its own (3万元左右至5万元) is a figure of its own (`_bounded_ranges`)
                    q = q if q is not None or link[-1:] not in links.bounded_ends else self._from_match(mt, text, g)
                    pair = None if q is None or (blocked and blocked(nxt)) else links.bounded_low(q, nxt, text)
                    if pair is not None:
                        out.append(pair)
                    merged = i + 1
                    continue
                if not from_to and link[:1] in links.range_firsts and any(
                        link.startswith(sep) and link[len(sep):] in self.lex.qual_prefix
                        for sep in links.range_marks if sep):
                    # 约3万至约5万人, 约2000-约3000元: one range about where the same word stands before both ends
                    q = q if q is not None else self._from_match(mt, text, g)
                    pair = None if q is None or (blocked and blocked(nxt)) else links.about_low(q, nxt, text)
                    if pair is not None:
                        out.append(pair)
                    merged = i + 1  # 3万至约5万人: a range bounded at its high end, never 5万 alone
                    continue
                post_bound = False
                if (from_to or links.linked(text, end, nxt.start) or links.bounds_linked(g[_PRE - 1], text, end, nxt)
                        or (post_bound := links.bounds_linked(g[_POST - 1], text, regs[_POST][1], nxt, after=True))) \
                        and not (blocked and blocked(nxt)) and not self._named_apart(q, g, regs, text, nxt):
                    q = q if q is not None else self._from_match(mt, text, g)
                    q = links.elided(q, nxt, text, bool(from_to)) if q is not None else None
                    if q is not None and post_bound and q.end < regs[_POST][1]:
                        # 3万以上5万元以下: the low bound written after the bare number, its measure word lent by the high
                        q = replace(q, end=regs[_POST][1], quote=text[q.start:regs[_POST][1]],
                                    qualifier=self.lex.qual_suffix[g[_POST - 1]])
                    run = None if q is None or from_to else links.or_run(q, nxt, text)
                    if run is not None:  # 3、4或5万人: one range 3万–5万
                        out.append(run)
                        merged = i + 1
                        continue
                    if q is not None:
                        out.append(q)
                    continue
            # a cell of a table row read as a line (收入 84.48 86.42): the row's unit is in the table's head
            row_cell = _ROW_CELL.match(text, q.end if q is not None else _num_end(g, regs)) is not None
            # (a decimal with no magnitude that ends its sentence, no mark after it, 收入21.35, may have its magnitude and
            # unit on the next line a blank one set apart, 亿元: no measure from the word before it, whose scale it lacks;
            # 人次1.3亿 carries its own)
            tail = q.end if q is not None else _num_end(g, regs)
            cut = not text[tail:].strip() and text[tail - 1:tail].isdigit() \
                and "." in text[_num_start(g, regs):tail] and _HAN.match(text, _num_start(g, regs) - 1) is not None
            if not row_cell and g[_U1 - 1] and g[_N2 - 1] and g[_M1 - 1] == g[_M2 - 1] and g[_MEAS - 1] is None \
                    and not any(g[k - 1] for k in (_PRE, _NEGP, _PCT, _NEG, _PCT2, _INF, _M3, _POST)):
                ranged = self._low_measured(mt, g, text)
                if ranged is not None and not (blocked and blocked(ranged)):
                    out.append(ranged)  # 补贴3万元至5万: the measure word after the low end only, 30000–50000 元
                    continue
            # (a sign or code written before the number, 售价£77.7, RMB886.40, is its measure, not a word lacking a scale)
            named = None if row_cell or cut else self._measure_before(_num_start(g, regs), text)
            how = "measure_before"
            if named is not None and named.scaled and not self._scaled(g, signs=False):
                named = None  # 就业1, 就业2025: a bare count after a word that measures only a scaled one
            if named is None and not row_cell:
                labelled = self._label_unit(g, regs, text)
                if labelled is not None and not (self._before_dated is not None and
                                                 self._before_dated.match(text, labelled.end) is not None):
                    out.append(labelled)
                    continue
            if named is None and self.people is not None and self._scaled(g) \
                    and self.people.match(text, q.end if q is not None else _num_end(g, regs)):
                named, how = self.lex.people_measure, "people"
            after = q.end if q is not None else _num_end(g, regs)
            if named is not None and g[_PRE - 1] and self._prefix_off(g, text, regs[0][0]):
                named = None  # 月入过3万: 过 bounds a lone magnitude only; read as no bound, 30000 exact is no sure reading
            if named is not None and text[after:after + 1].isdigit():
                named = None  # 收入18万8千30元: the grammar stopped short of digits it cannot read surely: never 188000 元
            if named is not None and (g[_INF - 1] or g[_POST - 1]) and self._bounded_low(mt.end(), text) \
                    and not links.after_from(text, _num_start(g, regs)):
                named = None  # 月薪3千左右-5千元: a range's bounded low end, never 3000 about alone (从3千多到5千元 stays)
            if named is not None and self._before_dated is not None and \
                    self._before_dated.match(text, q.end if q is not None else _num_end(g, regs)) is not None:
                named = None  # 工资12月底前发放, 收入1号文件: a date or an ordinal, no amount
            if named is not None and self._separated_head is not None and \
                    self._separated_head.match(text, q.end if q is not None else _num_end(g, regs)) is not None:
                named = None  # checked only for a number kept: most bare matches (一 of 统一) never get here
            if named is not None and i + 1 < len(found) and \
                    found[i + 1][1].start() == (q.end if q is not None else _num_end(g, regs)):
                named = None  # 月薪十几二十万, 人口十多二十万: the number runs into the next, neither alone is the amount
            if named is not None and i + 1 < len(found) and self._sections_follow(
                    text, _num_start(g, regs), q.end if q is not None else _num_end(g, regs), found[i + 1][1]):
                # 人口三十、四十万, 人口3、4万: 30万–40万, never 30 人 alone; 人口二十五、六万: the range its neighbours make
                pair = self._section_neighbours(q if q is not None else self._from_match(mt, text, g), g, found[i + 1],
                                                named, text, blocked)
                if pair is not None:
                    out.append(pair)
                    merged = i + 1
                    continue
                named = None
            if named is not None:
                q = q if q is not None else self._from_match(mt, text, g)
                if q is not None:
                    if g[_POST - 1]:
                        q = links.bound_after(q, g[_POST - 1], mt.start("post"), text)
                    qualifier = q.qualifier
                    if qualifier == "exact" and q.start == q.num_start and how == "measure_before":
                        qualifier = self._bound_before_word(q.num_start, text) or qualifier  # 约¥200万, 不到¥100
                    q = Quantity(q.start, q.end, q.quote, q.value, q.value_high, named.measure, named.unit,
                                 qualifier, how, "" if how == "people" else q.word, q.num_start, q.num_end)
                    bare = self._bare_neighbour(q, found, i, text)
                    if bare is not None:  # 月薪七、八千, 人口一万七、八千: one range, or no figure (never 7 元)
                        if bare[0] is not None:
                            out.append(bare[0])
                        merged = i + 1
                        continue
                    items = self._rate_list(q, found, i, text, spelled=True)
                    if items and not (blocked and any(blocked(t) for t in items)):  # 工资三千、三千五: 3000 and 3500 元
                        out.extend((q, *items))
                        paired_to = i + len(items)
                        continue
                    out.append(q)
        out = links.after_grammar(out, text)
        if _UNREADABLE in text:
            # the repair made the head of a number cut in two unreadable (43. | …6亿元 across a page's swept
            # lines): digits right after it are that number's tail, not a number of their own
            out = [q for q in out if not self._after_unreadable(text[:q.num_start])]
        return out

    def _after_unreadable(self, head: str) -> bool:
        """Whether a number after `head` follows an unreadable run: right after it (the tail of a number cut in two),
        or after a range's mark after it (收入979 163至872 008人 with the low end made unreadable: 872008 alone would be
        the range's high end read as the figure, a wrong value)."""
        head = head.rstrip(" \t")
        if head[-1:] == _UNREADABLE:
            return True
        for mark in sorted({*self.lex.range_separators, *self.lex.dashes}, key=len, reverse=True):
            if mark and head.endswith(mark):
                return head[:-len(mark)].rstrip(" \t")[-1:] == _UNREADABLE
        return False

    def _low_measured(self, mt: regex.Match[str], g: tuple[str | None, ...], text: str) -> Quantity | None:
        """补贴3万元至5万: a range the grammar read with its measure word after the low end only and none after the high
        end, each end a plain number in the same magnitude: the range in that measure where `QuantityLinks.measured_low`
        finds it sure, else None."""
        low, high = self._value(g[_N1 - 1], g[_M1 - 1]), self._value(g[_N2 - 1], g[_M2 - 1])
        if low is None or high is None or low[1] is not None or high[1] is not None:
            return None
        start, end = _num_start(g, mt.regs), _num_end(g, mt.regs)
        bare = Quantity(start, end, text[start:end], low[0], high[0], "", "", "exact", "", "", start, end)
        return self.links.measured_low(bare, g[_U1 - 1] or "", g[_SEP - 1] or "", text, mt.regs[_U1][0],
                                       mt.regs[_N2][0])

    def _sections_follow(self, text: str, start: int, end: int, nxt: regex.Match[str]) -> bool:
        """人口三十、四十万, 人口3、4万: a number that a measure word before it would count (`_measure_before`), written
        with no section (万, 亿) of its own, then a mark of neighbours (、 or a comma typed for it) and a number with
        one: the first shares the second's section (30万–40万) or is a list item; either way it is never the amount
        as written (30 人)."""
        link = text[end:nxt.start()]
        links = self.links
        if not (link in links.neighbour_links or link in links.comma_links or link in links.cut_links) or not link:
            return False
        sections = self.lex.sections
        return any(c in sections for c in nxt.group()) and not any(c in sections for c in text[start:end])

    def _restated_before(self, found: list[tuple[Quantity | None, regex.Match[str], tuple[str | None, ...]]], i: int,
                         text: str) -> Quantity | None:
        """三万（30000）人, 3万(30000)元: a bare number restated in brackets by the same value, the measure word written
        once after the closing bracket, is one figure of that measure (30000 人), as 三万人（30000人） is; the first alone
        has no measure and the second none either, so both were lost; a bound after the measure word bounds it
        (三万（30000）人以上). Another value in the brackets (三万（含）, 三万（2025年）) or no measure word after them
        leaves None."""
        if i + 1 >= len(found) or (found[i][0] is not None and found[i][0].how) or found[i + 1][0] is not None:
            return None
        _, mt, g = found[i]
        _, mt2, g2 = found[i + 1]
        if not any(text.startswith(b[0], mt2.start() - 1) for b in self.lex.restate_brackets):
            return None  # (most bare pairs: no bracket right before the second, nothing parsed)
        first, second = self._plain_number(mt, g, text), self._plain_number(mt2, g2, text)
        if first is None or second is None or first[2] != second[2] or g[_POST - 1] or g2[_POST - 1]:
            return None
        pair = next((b for b in self.lex.restate_brackets if text[first[1]:second[0]] == b[0]), None)
        if pair is None or text[second[1]:second[1] + 1] != pair[1]:
            return None
        at = second[1] + 1
        word = max((w for w in self.lex.measures if text.startswith(w, at)), key=len, default=None)
        if word is None:
            return None
        measure = self.lex.measures[word]
        if not self._measure_ok(measure, text, at + len(word)) or measure.scale != 1 or measure.only_after \
                or measure.in_clause or measure.named_before:
            return None
        end = at + len(word)
        lex = self.lex  # 人以上; never 强 or 许 that begin a word (三万（30000）人强身, 人许多)
        bound = max((w for w in lex.qual_suffix if text.startswith(w, end) and w not in lex.qual_suffix_at_end
                     and not text.startswith(lex.qual_suffix_not_before.get(w, ("\x00",)), end + len(w))),
                    key=len, default="")
        return Quantity(first[0], end + len(bound), text[first[0]:end + len(bound)], first[2], None, measure.measure,
                        measure.unit, self.lex.qual_suffix.get(bound, "exact"), "measure", word, first[0], first[1])

    def _section_neighbours(self, q: Quantity | None, g: tuple[str | None, ...],
                            nxt: tuple[Quantity | None, regex.Match[str], tuple[str | None, ...]], named: Measure,
                            text: str, blocked: Callable[[Quantity], bool] | None) -> Quantity | None:
        """人口二十五、六万, 人口十五、六万: a number that a word before it measures, 、 and a bare neighbour with the
        section (万) both share, the next number after the first's last digit, are the one range 人口二十五、六万人
        is with its measure word written (250000–260000 人): the word before names the measure once. Round neighbours
        (人口三十、四十万, 人口3、4万, 收入三十、四十万) are the range 三十、四十万人 is, as the links read them with the
        measure word after (`QuantityLinks.pair`): the word before only stands for that word. The second bound by a
        word of its own (二十五、六万左右), not the first's neighbour (二十五、八万, 二十、二十五万, 128、130万: items of a
        list the measure word after would make, or a range?) or after 分别 makes no range: None, and neither is read
        (never 25 人)."""
        second, mt, g2 = nxt
        if q is None or second is not None or g2[_POST - 1] or q.value_high is not None or q.end != q.num_end:
            return None
        plain = self._plain_number(mt, g2, text)
        if plain is None:
            return None
        start, end, value = plain
        lent = Quantity(start, end, text[start:end], value, None, named.measure, named.unit, "exact",
                        "measure_before", "", start, end)
        if blocked and blocked(lent):
            return None
        pair = self.links.pair(q, _plain(g), lent, text, text[q.end:start])
        return None if pair is None or (blocked and blocked(pair)) else pair

    def _listed(self, found: list[tuple[Quantity | None, regex.Match[str], tuple[str | None, ...]]], j: int,
                text: str, blocked: Callable[[Quantity], bool] | None,
                lent: dict[int, tuple[Quantity, Quantity] | None]) -> tuple[Quantity, Quantity] | None:
        """The bare number at j read with the measure its list lends it, and the figure that lends it (the list's
        last item, with its measure word); None where the list does not reach j.

        分别为13、15和17家 and 3万、5万和7万人 write the measure word once, after the last item: each item before it
        takes it through the items between, joined by list links alone (numerals.yaml list_links), so the first item
        is never left out (it was: only the item right before the last was lent to). The magnitude is lent by the last
        item, as to the one before it (分别为3、5、7万元: 3万, never 3 元), and where an item between has no sure reading
        (分别为8、9、95万吨: 9万 or 9?) or is read otherwise (3、5、6万人: 5–6万, a range of neighbours) none before it
        is lent to."""
        # The items are walked forward to the first that has its measure (or is known), then lent to backward: a
        # loop, not a recursion, as a page's text may hold thousands of bare numbers in a row (an OCR engine's XML
        # whose every character's box is numbers) and a recursion an item deep overflows Python's stack.
        chain: list[tuple[int, Quantity | None, regex.Match[str], tuple[str | None, ...], int]] = []
        k = j
        result: tuple[Quantity, Quantity] | None = None
        while True:
            if k in lent:
                result = lent[k]
                break
            lent[k] = None
            q, mt, g = found[k]
            if k + 1 >= len(found) or g[_INF - 1]:
                break
            end = q.end if q is not None else _num_end(g, mt.regs)
            nxt = found[k + 1][0]
            if nxt is None or not nxt.how:
                chain.append((k, q, mt, g, end))
                k += 1
                continue
            link = text[end:nxt.num_start]
            if link in self.links.neighbour_links or link in self.links.comma_links or not link:
                q = q if q is not None else self._from_match(mt, text, g)
                if q is None or self.links.pair(q, _plain(g), nxt, text, link) is not None:
                    break
            result = self._lent_to(k, q, mt, g, end, nxt, nxt, text, blocked, lent)
            break
        for k, q, mt, g, end in reversed(chain):
            result = None if result is None else self._lent_to(k, q, mt, g, end, result[0], result[1], text, blocked,
                                                               lent)
        return result

    def _lent_to(self, k: int, q: Quantity | None, mt: regex.Match[str], g: tuple[str | None, ...], end: int,
                 nxt: Quantity, source: Quantity, text: str, blocked: Callable[[Quantity], bool] | None,
                 lent: dict[int, tuple[Quantity, Quantity] | None]) -> tuple[Quantity, Quantity] | None:
        """The item at k (`_listed`) with the measure `source` lends it through `nxt`, the item after it (recorded in
        `lent`); None where a block or no list link stands between."""
        if (blocked and (blocked(source) or blocked(nxt))) or not self.links.linked(text, end, nxt.start):
            return None
        q = q if q is not None else self._from_match(mt, text, g)
        mine = None if q is None else self.links.elided(q, source, text, False)
        lent[k] = None if mine is None else (mine, source)
        return lent[k]

    def _rate_list(self, q: Quantity, found: list[tuple[Quantity | None, regex.Match[str], tuple[str | None, ...]]],
                   i: int, text: str, spelled: bool = False) -> list[Quantity]:
        """百分之三、五、七 (3 %, 5 %, 7 %): a rate written before its number, then bare numbers joined by 、, the
        last ending its clause, lists one figure an item, the rate lent to each (as GUIDE's unit elided once); two
        items only after 分别 (neighbour_not_after).
        Every item of the first's places (百分之三、五十: 3 % and 50 %, or 30–50 %? none) and no number right
        after the last (百分之三、五月份: a month); else none, and q is read alone as before.
        `spelled`: q is measured by a word before it (工资三千、三千五, 人口二十五万、二十六万: 3000 and 3500 元, 250000 and
        260000 人, the second a number of its own, never dropped): two items are a list too where each is written
        in two characters or more (a lone digit after one, 月薪七、八千, is the neighbours' range `_bare_neighbour`
        reads). A word after the last that says the items differ (工资三千、三千五不等, 增速为百分之三、五不等:
        neighbours.list_end) closes the list as the clause's end does, and makes two items a list as 分别 does."""
        items: list[Quantity] = []
        end, places = q.end, math.floor(math.log10(q.value)) if q.value > 0 else None
        for k in range(i + 1, len(found)):
            nq, mt, g = found[k]
            if nq is not None or text[end:mt.start()] not in self.links.neighbour_links:
                break
            second = self._plain_number(mt, g, text)
            if second is None or second[2] <= 0 or math.floor(math.log10(second[2])) != places:
                return []
            start, end, value = second
            items.append(replace(q, start=start, end=end, quote=text[start:end], value=value, num_start=start,
                                 num_end=end))
        closed = self.links.list_closed(text, end)
        if not items or (end < len(text) and (text[end].isdigit() or _HAN.match(text, end)) and not closed):
            return []
        clause = max(text.rfind(c, 0, q.start) for c in self.lex.clause_end) + 1
        if len(items) == 1 and not closed and not any(w in text[clause:q.start] for w in self.lex.neighbour_not_after) \
                and not (spelled and q.num_end - q.num_start > 1 and items[0].num_end - items[0].num_start > 1):
            return []  # 增速为百分之三、五: 3 % and 5 %, or 3–5 % as 三五 is? Only after 分别, a list for sure
        return items

    def _named_apart(self, q: Quantity | None, g: tuple[str | None, ...], regs: tuple[tuple[int, int], ...],
                     text: str, nxt: Quantity) -> bool:
        """人口128万、45万户: a bare number right after a word that measures it (人口: 人) in another unit than the
        next figure's is that word's, never lent the next one's measure word (128万 户); the caller reads it with its
        own (`_measure_before`). A number with a measure word of its own, or one the two share, is left as it was."""
        if q is not None and q.how:
            return False
        named = self._measure_before(_num_start(g, regs), text)
        return named is not None and named.unit != nxt.unit

    def _bare_neighbour(self, q: Quantity, found: list[tuple[Quantity | None, regex.Match[str], tuple[str | None, ...]]],
                        i: int, text: str) -> tuple[Quantity | None] | None:
        """月薪七、八千, 人口一万七、八千, 工资一万二、三: a number that a measure word before it counts (q, at i), the mark
        of neighbours and a bare number ending the clause are one range, the measure named once before both (7000–8000
        元, 17000–18000 人, 12000–13000 元), as 百分之五、六 is with its rate. Read alone the first is a wrong value (七 =
        7 元; 一万七 = 17000 with the range's high end lost), so where no range is sure (月薪七、八 and 月薪十七、八: the
        place unsaid; 人口一万七、八千左右: the range bound by a word of its own) neither is a figure: (None,). None
        where no bare number follows so, and q is read as before."""
        if q.end != q.num_end or q.value_high is not None or i + 1 >= len(found) or found[i + 1][0] is not None:
            return None
        _, mt, g = found[i + 1]
        if text[q.end:mt.start()] not in self.links.neighbour_links:
            return None
        lex = self.lex
        first, written = text[q.num_start:q.num_end], g[_N1 - 1] or ""
        rising = lex.digits.get(first[-1:]) is not None and lex.digits.get(written[:1]) == lex.digits[first[-1]] + 1
        second = self._plain_number(mt, g, text)
        if second is None or g[_POST - 1]:
            # 人口一万七、八千左右, 一万七、八千多: the range bound by a word of its own, never 17000 exact
            return (None,) if rising and (g[_POST - 1] or g[_INF - 1] or g[_M3 - 1]) else None
        # (a lone digit after a lone first, 月薪七、八, may be 7–8 元 or thousands: only a longer first tells its place)
        pair = self.links.neighbour_after(q, second, text) if second[1] - second[0] > 1 or len(first) > 2 else None
        if pair is not None:
            return (pair,)
        shares = second[2] >= 10 * q.value  # 月薪七、八 (一): the first shares places the second has or lacks both
        cut = rising and len(written) == 1  # 月薪十七、八: the place of both left unsaid
        return (None,) if shares or cut else None

    def _plain_number(self, mt: regex.Match[str], g: tuple[str | None, ...], text: str) -> tuple[int, int, float] | None:
        """(start, end, value) of a match that is a number (and magnitude) alone, with no measure word,
        sign, qualifier or range (六 of 百分之五、六), for `QuantityLinks.neighbour_after`; None for anything else."""
        if any(g[k - 1] for k in (_PRE, _NEGP, _PCT, _NEG, _N2, _INF, _M3)):
            return None
        value = self._value(g[_N1 - 1], g[_M1 - 1])
        if value is None or value[1] is not None:
            return None
        return mt.regs[_N1][0], _num_end(g, mt.regs), value[0]

    def linked(self, text: str, end: int, start: int) -> bool:
        """Whether a list link (、 和 及) and nothing else stands between two figures (for context)."""
        return self.links.linked(text, end, start)

    def _matches(self, text: str) -> Iterator[regex.Match[str]]:
        """Every numeral match, left to right; 从6500到2万元 is two matches (a from and a to),
        not one range, so the to-word there separates nothing."""
        pos = 0
        match, lead, numerals, start = self.pattern.match, self._lead.match, self._numeral_starts, self._starts.search
        hidden, lone = self._hidden_digits, self._lone_digits
        busy = self._busy_after  # (a character after a digit that says at once it stands in no lone digit's place)
        # (the date pattern matched in C before `_dated_end` is called: a table's cells start with digits by the thousand)
        dated, last = (self._dated.match if self._dated is not None else None), None
        # the next start at or after the end of the last match: the digits inside a match (most of a
        # figure's characters) are never tried, as a finditer of every start would hand them over one by one
        while (cand := start(text, pos)) is not None:
            at = cand.start()
            ch = text[at]
            if ch in lone and text[at + 1:at + 2] not in busy and self._lone(text, at):
                pos = at + 1  # 一是, 两江: a digit alone between quiet characters, which the grammar would read and drop
                continue
            if ch in hidden and (end := self._hidden_end(text, at)):
                pos = end  # 进一步: a digit inside a common word, which the grammar would read alone and drop
                continue
            if dated is not None and "0" <= ch <= "9" and dated(text, at) is not None \
                    and (end := self._dated_end(text, at, last)):
                pos = end  # 2月10日: the digits of a date, which the grammar would read alone and `find` drop
                continue
            if (ch not in numerals and not ch.isdigit() and not lead(text, at)) or (mt := match(text, at)) is None:
                pos = at + 1
                continue  # trying each start in turn is what search does, less the hopeless ones
            if ch in self._zero_word_ends and (after := self._after_zero_word(text, at)):
                pos = after  # 找零三元: the 零 of a word is no numeral; the grammar starts after it
                continue
            if mt.group("sep") in self.lex.to_words and (self.links.after_from(text, at) or self._unlike_ends(mt)
                                                         or self._changed_then_level(mt, text, at)):
                mt = self.single.match(text, at) or mt
            elif mt.group("sep") in self.lex.list_links and mt.group("u1") and mt.group("u1") != mt.group("meas"):
                mt = self.single.match(text, at) or mt  # 3人或5家: a separator that also links a list (或) between
                # two ends with measure words of their own that differ links two figures, no range
            yield mt
            last = mt
            pos = max(mt.end(), at + 1)

    def _after_zero_word(self, text: str, at: int) -> int:
        """Where a word that ends in numeral characters (numerals.yaml zero_words: 找零) ends, if its numeral
        characters start at `at`; else 0."""
        for head, tail in self._zero_words:
            if text.startswith(tail, at) and text.endswith(head, 0, at):
                return at + len(tail)
        return 0

    def _changed_then_level(self, mt: regex.Match[str], text: str, at: int) -> bool:
        """参保人数增加1万人至12万人, 床位减少300张至5000张: after a verb of change (a link of its, 了, between or not),
        two ends joined by a to-word, each with the same measure word of its own, the high end more than twice
        the low: a change, then the level it reached, never the range 10000–120000 人 (a change's own range,
        增加2万人至3万人, stays one: its ends are near), as does a count of new ones (新增1万人至3万人). Rates, points,
        multiples and spans keep their ranges (增长5%至20%)."""
        if not mt.group("u1") or mt.group("u1") != mt.group("meas") \
                or not self.links.changed_to(text, at, counted=True):
            return False
        measure = self.lex.measures.get(mt.group("meas"))
        if measure is None or measure.unit in self.lex.rated_units or measure.unit in self.lex.durations:
            return False
        q = self._from_match(mt, text)
        return q is not None and q.value_high is not None and 0 < 2 * q.value < q.value_high

    def _unlike_ends(self, mt: regex.Match[str]) -> bool:
        """投资3亿元到一家企业, 投入500万元至2025年: a to-word between an amount of money with its own measure
        word and a number of something else (things, years) is a verb (to, until), no range: the amount
        stands alone; so is one between a change in points and the rate it reached (提高0.5个百分点至5.2%,
        下降3个千分点到12‰). Other ends of two units stay no figure: 3小时到5天 is a range across units, 3万元至5万美元
        one of two currencies (or one mistyped?), and neither end of them is sure alone."""
        low, high = self.lex.measures.get(mt.group("u1") or ""), self.lex.measures.get(mt.group("meas") or "")
        if low is None or high is None or self._spoken_unit(low.word, high) or self._spoken_unit(high.word, low):
            return False
        if high.word.startswith(low.word) and (high.word.startswith(self.lex.per_signs, len(low.word))
                                               or high.measure.startswith(self.lex.per_signs, len(low.word))):
            return False  # 300元至350元/吨: the low end wrote the rate's first word, as 300元-350元/吨 does: one range
            # (a rate said with a word for the sign, which its measure writes with the sign, too: 300元至350元每吨)
        if low.unit in self.lex.point_units and self.lex.point_units[low.unit] == high.unit:
            return True  # 提高0.5个百分点至5.2%: a change in points, then the rate it reached
        money = self.links.money_units
        return (low.unit in money) != (high.unit in money)

    def whole(self, text: str) -> Quantity | None:
        """The number that a text consists of and nothing else (一千零五, 3.5万, 负五, 约3万,
        三分之二), or None: for `stats.extract_text` on a bare number, where the caller has said
        the text is a number. Running text never comes here: a number with no measure word is
        no figure there (GUIDE). A number with a measure word is the pipeline's to judge."""
        body = text.strip().rstrip(self.lex.sentence_end).strip()
        if not body:
            return None
        if self._bare_code is not None and self._bare_code.fullmatch(body):
            return None  # 13812345678, 02312345678: a phone or other code, no quantity
        digits = [self.lex.digits.get(c) for c in body]
        if len(body) > 2 and None not in digits and 0 not in digits and not (len(body) == 4 and digits[0] in (1, 2)):
            return None  # digit by digit, Chinese writes years (一九九八, 二〇二三) and codes with 〇; 七七八八 is an idiom
        mt = self.pattern.fullmatch(body)
        if mt is not None:
            q = self._from_match(mt, body)
            if q is None or q.how:
                return None
            post = mt.group("post")
            if q.quote != body and post and q.end == mt.start("post") and mt.end("post") == len(body) \
                    and post not in self.lex.qual_suffix_at_end:
                # 3万左右, 30万以上: a bound written after a number with no measure word (强 and 弱 bound a
                # share only, 三成强: 三十强 and 5万强 name the top so many of a ranking, no number)
                q = replace(q, end=len(body), quote=body,
                            qualifier=q.qualifier if q.qualifier != "exact" else self.lex.qual_suffix[post])
            return q if q.quote == body else None
        fraction = parse_fraction(body, self.lex)
        if fraction is None:
            return None
        return Quantity(start=0, end=len(body), quote=body, value=fraction.value, value_high=None, measure="",
                        unit="", qualifier="exact", how="", word="", num_start=0, num_end=len(body))
