"""The passes over the figures one sentence's grammar found: neighbours that make one figure.

The grammar (quantities) reads each match on its own. Some figures can only be read by looking
at the one next to them: a bare number that borrows the measure word of the next (2.1、0.7个百分点,
从3到5万元), two neighbours that are one range (5、6万人, 十几二十万, 一米七到一米八, 介于20和30元之间),
a pair that means "a small amount" (十块八块), a restatement in brackets (叁仟元（3000元）), a bound
after an inclusion mark (3万元(含)以上) or after words naming the figure (4.5%的目标以内), a currency
named once for a list, an amount and its cents (3英镑50便士). Each pass is one small method here,
applied by `QuantityFinder.find` in the order the grammar hands figures over.

This module sits below quantities and never imports it: what it needs of the grammar's reading of
a range (how a bare low end shares the high end's magnitude) comes through `RangeReader`, which
the finder is. A pass returns the figures as they were where it does not apply, and None or no
figure where no reading is sure: a wrong value is worse than a missing one.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

from stats.find.numerals import parse_number
from stats.find.quantity import Quantity, clean
from stats.rules.lexicon import Lexicon
from stats.rules.prepared import compiled_re, compiled_regex

_HAN = compiled_regex(r"\p{Han}")
_ROUND = compiled_re(r"[1-8]0+")  # 20, 300: a round Arabic number whose neighbour d+1 may follow (20、30人)
_ROUND_HIGH = compiled_re(r"[2-9]0+")  # … and that neighbour (30 of 20、30人; 90 of 80、90人)
_LISTED_BEFORE = compiled_re(r"\d\s*\D\s*\Z")  # 20、 right before the first of two: an item of a longer list
_BOUNDS = ("lower_bound", "upper_bound")
_TERM = compiled_regex(r"\s*[\w\p{Ps}]")  # what makes a plus sign a sum's (3000元+绩效, 5%+3%), not "or more"
_COMMA_HEAD = compiled_re(r"[0-9]{1,3}")  # 3 of 增长3，5%: a short Arabic number before a typed comma
_COMMA_TAIL = compiled_re(r"[0-9]{1,2}(?:\.[0-9]+)?(?![0-9])")  # 5 of 3，5%, 45 of 3，45%: too short for a group of three
_WAN_GROUP = compiled_re(r"[0-9]{4}(?:\.[0-9]+)?(?![0-9.])")  # 8974 of 407，8974户: a group of 万 (`decimal_comma`)


class RangeReader(Protocol):
    """What the passes ask of the grammar: how a range's bare low end reads beside its high end."""

    def borrowed(self, low: float, n1: str, m1: str | None, n2: str, m2: str | None, high: float,
                 near: bool = False) -> float: ...

    def comparable_ends(self, low: float, high: float) -> bool: ...


class QuantityLinks:
    """The lexicon's link words, compiled once per finder; every method reads figures, none a match."""

    def __init__(self, lex: Lexicon, reader: RangeReader) -> None:
        self.lex = lex
        self.reader = reader
        self._from_words = tuple(lex.from_words)
        self.neighbour_links = frozenset(lex.neighbour_links)
        self.comma_links = frozenset(lex.neighbour_typed_links)  # 5，6万人: a comma typed for 、
        self.unsure_links = frozenset(lex.neighbour_unsure_links)  # 增长3，5%, 比例为3：5万人: `decimal_comma`
        self.cut_links = frozenset(lex.neighbour_cut_links)  # 十七，八人: `cut_neighbours`
        self._ordinal_before = lex.neighbour_ordinal_before  # 第三，四人: `cut_neighbours`
        # the places a digit may stand in, by their worth, a place with its section too (千万 of 一亿二、三千万元):
        # `_han_round_neighbours` finds the one below the last place written
        places: dict[float, list[tuple[str, float]]] = {}
        for word, worth in [*lex.units.items(), *((u + s, uv * sv) for u, uv in lex.units.items()
                                                   for s, sv in lex.sections.items())]:
            places.setdefault(worth, []).append((word, worth))
        self._places_by_value = {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in places.items()}
        # 1，2，3名: a digit, a point or a link of neighbours before the first makes it an item of a longer list
        self._listed_before = frozenset("0123456789.,").union(
            *lex.neighbour_links, *lex.neighbour_typed_links, *lex.neighbour_unsure_links)
        self._bound_links = frozenset((*lex.bound_links, ""))  # 大于20小于35个: no link at all
        self.range_links = frozenset((*lex.range_separators, *lex.dashes))
        # the signs, longest first (负增长 before 负): `_compared`
        self._minus_words = tuple(sorted((w for w in lex.minus_signs if w), key=len, reverse=True))
        self._sign_compare = frozenset(lex.sign_word_compare)
        # a range mark of two dashes (2000元——3000元, 2000元--3000元), as the grammar reads between two bare ends
        self.range_marks = self.range_links | {a + b for a in lex.dashes for b in lex.dashes}
        # their first characters: a link between two figures that opens with none of them is no range mark and
        # no mark with a qualifier after it (most links: 元，增长, 人和), told by one set look-up
        self.range_firsts = frozenset(mark[0] for mark in self.range_marks if mark)
        # the range links after which a bounded low end opens a range (至, 到, the wave dashes: every range separator
        # that is no list link, 或 names two figures as well), and their last characters (`bounded_low`); never a dash,
        # which may be the high end's minus (exclusions dash_after_bounded)
        self._bounded_links = tuple(sorted((w for w in lex.range_separators if w and w not in lex.list_links),
                                           key=len, reverse=True))
        self.bounded_ends = frozenset(w[-1] for w in self._bounded_links)
        # a verb of change (roles.yaml change verbs) and a link of its (了) before a bounded low end: a change, then the
        # level it reached after 至, never one range (`changed_to`)
        self._change_verbs = tuple(w for w in lex.change_verbs if w)
        self._change_links = ("", *(w for w in lex.change_links if w))
        # (words ending in such a verb that count a level, 新增: roles.yaml change not; `changed_to` with `counted`)
        self._change_not = tuple(w for w in lex.change_not if w)
        self._change_reach = max((len(v) for v in (*self._change_verbs, *self._change_not)), default=0) \
            + max(map(len, self._change_links))
        # The passes after the grammar (`after_grammar`) each need some word of the lexicon in the
        # sentence (a range link, a between-end, a bracket, an included-bound mark): most sentences
        # hold none, and one `in` test per word tells them before any pair of figures is looked at.
        # None where an empty word would let the pass apply anywhere (then it always runs).
        # (the first characters as one class searched by `re`: `frozenset.isdisjoint(text)` makes a string object of
        # every Han character of the sentence, ten times the cost of the scan)
        self._range_heads = None if "" in self.range_links else compiled_re(
            "[" + "".join(re.escape(c) for c in sorted({w[0] for w in self.range_links})) + "]")
        self._bracket_opens = tuple({b[0] for b in lex.restate_brackets})
        self._restate_after = (*sorted(lex.restate_after, key=len, reverse=True), "")  # 元整（3000元）
        self._infix_chars = frozenset("".join(lex.qual_infix))  # 5、6万多人: 多 between number and measure
        # the units money is counted in (CNY and every currency a name gives): only money has cents
        self.money_units = frozenset({m.unit for m in lex.currency_names.values()} | {lex.measures[w].unit
                                                                                        for w in lex.currency_yuan})
        self._through_words = tuple(lex.qual_suffix_through)
        self._through = compiled_re("|".join(map(re.escape, self._through_words))) if self._through_words else None
        self._through_bounds = tuple(sorted(lex.qual_suffix_through_bounds, key=len, reverse=True))
        self._share = self._share_pattern(lex)
        # 占比达3/5, 占全市的1/4: a slash fraction of the share denominators typed in Arabic digits (`_slash_shares`)
        arabic = "|".join(sorted((d for d in lex.share_denominators if d.isdigit()), key=len, reverse=True))
        self._slash_share = compiled_re(rf"(?<![\d./])(?P<num>[1-9]\d?)/(?P<den>{arabic})(?![\d./])") \
            if arabic and lex.share_slash_after and lex.share_measure in lex.measures else None
        self._slash_after = tuple(sorted(lex.share_slash_after, key=len, reverse=True))
        self._slash_links = frozenset(lex.measure_before_links)  # 占比达3/5, 占比为3/10: a link between them
        self._slash_of = tuple(lex.share_slash_of)  # 占全市的1/4: the word that ends the whole named between them
        self._slash_gap_not = frozenset(lex.clause_end + lex.sentence_end)
        self._share_links = tuple(w for w in (*lex.range_separators, *lex.dashes, *lex.to_words) if w)
        self._numeral_chars = frozenset((*lex.digits, *lex.units, *lex.sections, *lex.tens))
        # 三成至五分之二, 20%至四分之一: the words of a rate that may end a range's low end before a share (`_ranged`)
        self._rate_words = tuple(sorted((w for w, m in lex.measures.items() if w and m.unit in lex.rate_units),
                                        key=len, reverse=True))
        # 或, 或者: words both of a list and of a range (3或4万人 = 3万–4万), longest first (`or_run`)
        self._or_words = tuple(sorted(set(lex.list_links) & set(lex.range_separators), key=len, reverse=True))
        # 增长三，五%: a short Chinese numeral (digits and places, no magnitude) before the comma and one
        # Chinese digit after it with its rate unit, as `decimal_comma` reads for Arabic digits
        self._han_comma_head = frozenset((*lex.digits, *lex.units, *lex.tens))
        self._han_comma_tail = frozenset(lex.digits)
        self._unsure_labels = lex.neighbour_unsure_labels
        self._label_not = lex.neighbour_label_not  # 代表12 34人: no label
        self._open_marks = frozenset(lex.qual_suffix_open)  # 90%+: `_open_bounds`
        self._qual_before = tuple(sorted(lex.qual_prefix, key=len, reverse=True))
        self._qual_after = tuple(sorted(lex.qual_suffix, key=len, reverse=True))
        # `_tenth_or_count`: the measure words whose next digit is a tenth (一米八, 两块八), the digits that
        # may be that tenth (one to nine: 一 before a unit of sale is the price's "one", 两块一斤), and the
        # words that make the digit a date's instead (5元1月1日起)
        self._tenth_words = frozenset(lex.tenths_after)
        self._tenth_ends = frozenset(w[-1] for w in lex.tenths_after if w)
        self._tenth_digits = frozenset([*(c for c, v in lex.digits.items() if 1 < v < 10), *"23456789"])
        self._tenth_dates = tuple(lex.mixed_tail_not_before)

    def after_from(self, text: str, start: int) -> bool:
        """Whether a from word (从) ends right before `start`: 从6500到2万元 names a start and an end."""
        return text.endswith(self._from_words, 0, start)

    def after_grammar(self, qs: list[Quantity], text: str) -> list[Quantity]:
        """The passes over the whole list, once the grammar and the pairs of neighbours have run: a
        measure word written once for two (2.1个、0.7个百分点) first, as the ranges after need it; the
        cents after the currencies are carried, so that 美元…3美元50美分 joins in the named money."""
        if self._share is not None and self.lex.fraction_of in text:
            qs = self._shares(qs, text)
        if self._slash_share is not None and "/" in text and any(w in text for w in self._slash_after):
            qs = self._slash_shares(qs, text)
        if any(q.word in self._tenth_words for q in qs):
            qs = self._tenth_or_count(qs, text)
        if self.lex.half.word and self.lex.half.word in text and len(qs) > 1:
            qs = self._counted_halves(self._dash_after_half(qs, text), text)
        out = self._tail_ranges(self._between(self._elide_partial(qs, text), text), text)
        if self.lex.half.word and self.lex.half.word in text and out:
            out = self._half_span_ends(out, text)
        out = self._currency_carried(self._marked_bounds(self._restated(out, text), text), text)
        if len(out) > 1:
            out = self._sign_ranges(self._cents_joined(out, text), text)
            out = self._about_ranges(out, text)
            out = self._bounded_ranges(out, text)
        if self._open_marks and any(map(text.__contains__, self._open_marks)):
            out = self._open_bounds(out, text)
        # most sentences hold no word a bound reaches across (的目标): one scan tells
        if self._through is not None and self._through.search(text):
            out = self._bound_across(out, text)
        return self._signed_bounds(out, text) if any(q.value < 0 for q in out) else out

    def _signed_bounds(self, qs: list[Quantity], text: str) -> list[Quantity]:
        """零下20多度, 负增长3%以上, 负增长3%以内: a bound written after the digits of a number below zero (多, 余, 以上,
        以下, 以内) speaks of the amount as written, how far below zero: 20多 below zero is −20 and colder, an upper
        bound of the signed value where GUIDE's words make 多 a lower one; a fall within 3 % is −3 and above, where
        以内 is an upper bound; and 零下10度以上 is said both ways (colder than −10, or warmer). No direction is sure,
        and a wrong qualifier is a wrong figure: none. A bound word before the number compares the signed value
        itself (低于-5%, 不低于零下3度) and stays. Before a sign written as a word (零下, 负), outside the number's digits
        where a sign mark (-) is inside them, only a word that compares values does (numerals.yaml sign_word_compare:
        低于零下5℃ is colder than −5); 超过零下30度 and 不到零下5度 bound how far below zero, either way: none. Such an
        end of a range (零下20多℃至3℃, 零下5℃至零下20多℃) takes the other end with it: the other alone is no figure of
        the text (never 3 ℃ for the range); a range both of whose ends are below zero, a bound word after it
        (零下5℃至零下20多℃, -20℃至-5℃以上), is as unsure."""
        gone = [q.value < 0 and (q.value_high is None or q.value_high < 0) and q.qualifier in _BOUNDS
                and self.lex.qual_prefix.get(text[q.start:q.num_start]) != q.qualifier
                and not self._compared(text[q.start:q.num_start]) for q in qs]
        keep = [not g for g in gone]
        for i in range(len(qs) - 1):
            if (gone[i] or gone[i + 1]) and text[qs[i].end:qs[i + 1].start].strip() in self.range_marks:
                keep[i] = keep[i + 1] = False
        return [q for q, k in zip(qs, keep, strict=True) if k]

    def _compared(self, before: str) -> bool:
        """Whether what stands before a number's digits is a word that compares signed values and a sign word after it
        (低于零下, 不高于负)."""
        sign = next((w for w in self._minus_words if before.endswith(w)), "")
        return bool(sign) and before[:len(before) - len(sign)] in self._sign_compare


    def _open_bounds(self, qs: list[Quantity], text: str) -> list[Quantity]:
        """完成率90%+, 增长10%+。, 年薪50万+: a plus sign right after a figure (its measure word, or its number where
        a word before names the measure), with no term after it (a digit, a letter or a Han character) and none
        before the figure, is "or more": the figure is a lower bound and its quote holds the sign. 3000元+绩效 and
        5%+3% are sums: they stay exact."""
        out: list[Quantity] = []
        for q in qs:
            mark = text[q.end:q.end + 1]
            if (q.qualifier == "exact" and q.value_high is None and mark in self._open_marks
                    and not _TERM.match(text, q.end + 1) and text[q.start - 1:q.start] not in self._open_marks):
                q = replace(q, end=q.end + 1, quote=q.quote + mark, qualifier="lower_bound")
            out.append(q)
        return out

    def _tenth_or_count(self, qs: list[Quantity], text: str) -> list[Quantity]:
        """一米八个子, 九块九包邮, 体温三十八度五个小时, 5块5包邮: one digit right after a measure word of tenths and
        right before another measure word is either the tenth (1.8 米, 9.9 元) or the count of the next word (8 个,
        9 包), and the grammar can take neither on its own: the head (1 米, 9 块) and the count both lose their
        sure value, so neither is a figure. 两块一斤 (一: a price per unit), 5元1月1日起 (a date) and a head with a
        magnitude or more than two Arabic digits (补贴500元5个工作日: no tenth is spoken there) stay."""
        drop: set[int] = set()
        for q in qs:
            end = q.end
            if q.word not in self._tenth_words or text[end - 1:end] not in self._tenth_ends \
                    or text[end:end + 1] not in self._tenth_digits:
                continue
            after = end + 1
            while text[after:after + 1] in self._numeral_chars:
                after += 1  # 三块五两斤: the digit and a numeral after it, then the word that refused them
            if not _HAN.match(text, after) or text.startswith(self._tenth_dates, after):
                continue
            number = text[q.num_start:q.num_end]
            if number.isascii() and (len(number) > 2 or not text[end].isascii()) \
                    or not number.isascii() and (text[end].isascii() or not set(number) <= self._han_comma_head):
                continue
            drop.add(q.start)
            drop.update(o.start for o in qs if o.start == end)
        return [q for q in qs if q.start not in drop] if drop else qs

    @staticmethod
    def _share_pattern(lex: Lexicon) -> re.Pattern[str] | None:
        """四分之一, 五分之四, 4分之1: a denominator of the lexicon's shares at the head of a numeral, the fraction
        word and a numerator in Chinese or Arabic digits that ends there (no decimal point, no further digit)."""
        if not (lex.share_denominators and lex.share_measure and lex.fraction_of) \
                or lex.share_measure not in lex.measures:
            return None
        numeral = "".join(re.escape(c) for c in sorted({*lex.digits, *lex.units, *lex.sections, *lex.tens}))
        points = "".join(re.escape(w[0]) for w in lex.decimal_points if w)
        dens = "|".join(map(re.escape, sorted(lex.share_denominators, key=len, reverse=True)))
        return compiled_re(rf"(?<![\d.{numeral}])(?P<den>{dens}){re.escape(lex.fraction_of)}"
                          rf"(?P<num>[{numeral}]+|[0-9]+)(?![\d.{numeral}{points}])")

    def _shares(self, qs: list[Quantity], text: str) -> list[Quantity]:
        """约占全市的四分之一, 五分之四以上的村: a fraction of the lexicon's share denominators in running text
        is a share, read as percent as 成 is (四分之一 = 25 %). Whatever the grammar read inside it (the 一 of
        四分之一人口) goes. None where the fraction is no proper one, belongs to a mixed number (一又二分之一),
        counts something after it (四分之一个世纪) or is the whole text (a bare number reads as itself)."""
        out: list[Quantity] = list(qs)
        assert self._share is not None
        matches = list(self._share.finditer(text))
        spans = [mt.span() for mt in matches]
        skip = -1
        for k, mt in enumerate(matches):
            if k == skip:
                continue
            nxt = matches[k + 1] if k + 1 < len(matches) else None
            q = self._share_range(mt, nxt, text) if nxt is not None else None
            if q is not None:
                skip = k + 1  # the high end is read with the low one
            else:
                q = self._share_of(mt, text)
            if q is not None:
                out.append(q)
        if not spans:
            return qs
        out = [q for q in out if q.how == "share" or not any(s < q.num_end and q.num_start < e for s, e in spans)]
        return sorted(out, key=lambda q: q.start)

    def _slash_shares(self, qs: list[Quantity], text: str) -> list[Quantity]:
        """占比达3/5, 占全市的1/4, 约占1/4以上: a fraction typed with a slash, of the share denominators, is a share
        (60 %, 25 %) where a word of a share (numerals.yaml shares.slash_after: 占) stands before it in its clause,
        with no number between: there it is no date (3/5 as 3月5日) and no score. Anything else stays as the
        grammar left it (3/4的家庭, 1/5以上: a date may be written so); so does a fraction of a unit after it (占地
        1/2亩), one an end of a range (占1/4到1/2), and one whose percent is no finite decimal (占1/3)."""
        lex = self.lex
        assert self._slash_share is not None
        found: list[Quantity] = []
        for mt in self._slash_share.finditer(text):
            num, den = int(mt["num"]), int(mt["den"])
            start, end = mt.span()
            pre = next((w for w in self._qual_before if text.endswith(w, 0, start)), "")
            if not 0 < num < den or not self._share_said(text, start - len(pre)):
                continue
            post = next((w for w in self._qual_after if text.startswith(w, end)), "")
            if not post and (text.startswith(tuple(lex.measures), end) or text.startswith(lex.share_not_before, end)
                             or text.startswith(tuple(lex.mixed_tail_not_before), end)):
                continue  # 占地1/2亩: a fraction of a unit; 占比3/5日: a date after all
            head, tail = start - len(pre), end + len(post)
            if self._ranged(text, head, tail) or text.startswith("/", tail):
                continue
            measure = lex.measures[lex.share_measure]
            found.append(Quantity(start=head, end=tail, quote=text[head:tail], value=clean(num / den * 100),
                                  value_high=None, measure=measure.measure, unit=measure.unit,
                                  qualifier=lex.qual_prefix.get(pre) or lex.qual_suffix.get(post) or "exact",
                                  how="share", word=lex.share_measure, num_start=start, num_end=end))
        if not found:
            return qs
        kept = [q for q in qs if not any(f.start < q.end and q.start < f.end for f in found)]
        return sorted(kept + found, key=lambda q: q.start)

    _SLASH_GAP = 8  # the most characters between the share's word and its fraction (占全市总量的1/4)

    def _share_said(self, text: str, start: int) -> bool:
        """Whether a word of a share stands before `start` (where the fraction or its bound word begins): right
        before it (约占1/4), with a link between (占比达3/5, 占比为3/10), or with the whole it is a share of, ended by
        的 (占全市总量的1/4), no digit and no clause's mark in it. 占 of another word (占道经营3/5起, 占地1/2) is none."""
        for w in self._slash_after:
            at = text.rfind(w, max(0, start - self._SLASH_GAP - len(w)), start)
            gap = text[at + len(w):start] if at >= 0 else ""
            if at >= 0 and (not gap or gap in self._slash_links or bool(self._slash_of) and gap.endswith(self._slash_of)
                            and not any(c.isdigit() or c in self._slash_gap_not for c in gap)):
                return True
        return False

    def _share_value(self, mt: re.Match[str]) -> float | None:
        """The percent a proper fraction of the share denominators stands for (四分之一 → 25), or None."""
        den, num = parse_number(mt["den"], self.lex), parse_number(mt["num"], self.lex)
        if den is None or num is None or den.high is not None or num.high is not None \
                or not 0 < num.value < den.value or not num.value.is_integer():
            return None
        return clean(num.value / den.value * 100)

    def _share_range(self, low: re.Match[str], high: re.Match[str], text: str) -> Quantity | None:
        """四分之一至二分之一, 约五分之一到四分之一: two shares joined by nothing but a range word or a dash, each a
        finite percent and the low end the smaller, are one range (25–50 %); a bound before the low end or after
        the high end bounds it. None where either is no share, where they run downward or a from word (从) opens
        them (a start and an end: two figures, or none), where a unit follows (四分之一到二分之一个世纪), or where
        a further range word joins them to another numeral (四分之一到二分之一到三分之二)."""
        lex = self.lex
        if text[low.end():high.start()] not in self._share_links:
            return None
        lv, hv = self._share_value(low), self._share_value(high)
        if lv is None or hv is None or not lv < hv:
            return None
        start, end = low.start(), high.end()
        if lex.fraction_and and any(text.endswith(lex.fraction_and, 0, at) for at in (start, high.start())):
            return None  # 一又二分之一: a mixed number, no share
        pre = next((w for w in self._qual_before if text.endswith(w, 0, start)), "")
        post = next((w for w in self._qual_after if text.startswith(w, end)), "")
        if not post and (text.startswith(tuple(lex.measures), end) or text.startswith(lex.share_not_before, end)):
            return None  # 四分之一到二分之一个世纪: a fraction of a unit
        head, tail = start - len(pre), end + len(post)
        if self.after_from(text, head) or self._ranged(text, head, tail):
            return None
        measure = lex.measures[lex.share_measure]
        qualifier = lex.qual_prefix.get(pre) or lex.qual_suffix.get(post) or "exact"
        return Quantity(start=head, end=tail, quote=text[head:tail], value=lv, value_high=hv,
                        measure=measure.measure, unit=measure.unit, qualifier=qualifier,
                        how="share", word=lex.share_measure, num_start=start, num_end=end)

    def _share_of(self, mt: re.Match[str], text: str) -> Quantity | None:
        lex = self.lex
        value = self._share_value(mt)
        if value is None:
            return None
        start, end = mt.span()
        if lex.fraction_and and text.endswith(lex.fraction_and, 0, start):
            return None  # 一又二分之一: a mixed number, no share
        pre = next((w for w in self._qual_before if text.endswith(w, 0, start)), "")
        post = next((w for w in self._qual_after if text.startswith(w, end)), "")
        if not post and (text.startswith(tuple(lex.measures), end) or text.startswith(lex.share_not_before, end)):
            return None  # 四分之一个世纪, 五分之一人: a fraction of a unit; 八分之一决赛: a round of a cup
        head, tail = start - len(pre), end + len(post)
        if self._ranged(text, head, tail):
            return None  # 四分之一到三分之一: one end of a range, whose other end may have no sure share
        if not text[:head].strip() and not text[tail:].strip().strip(lex.sentence_end).strip():
            return None  # the text is the fraction alone: the caller asked how the number reads
        measure = lex.measures[lex.share_measure]
        qualifier = lex.qual_prefix.get(pre) or lex.qual_suffix.get(post) or "exact"
        return Quantity(start=head, end=tail, quote=text[head:tail], value=value,
                        value_high=None, measure=measure.measure, unit=measure.unit, qualifier=qualifier,
                        how="share", word=lex.share_measure, num_start=start, num_end=end)

    def _ranged(self, text: str, head: int, tail: int) -> bool:
        """Whether a range word or dash joins the text from `head` to `tail` to a numeral on either side
        (四分之一到三分之一, 五分之一至四分之一), or a rate written with its word before it (三成至五分之二, 20%至四分之一:
        30–40 %, never 40 % alone); 达到四分之一 and 提高到四分之一 join none."""
        def numeral(i: int) -> bool:
            return 0 <= i < len(text) and (text[i].isdigit() or text[i] in self._numeral_chars)

        def rate_before(at: int) -> bool:
            return any(text.endswith(r, 0, at) and numeral(at - len(r) - 1) for r in self._rate_words)

        return any(text.startswith(w, tail) and numeral(tail + len(w))
                   or text.endswith(w, 0, head) and (numeral(head - len(w) - 1) or rate_before(head - len(w)))
                   for w in self._share_links)

    def bound_after(self, q: Quantity, post: str, at: int, text: str) -> Quantity:
        """月薪8000左右, 人口3400万以上: a bound written right after a number whose measure word stands
        before it (or whose people follow) qualifies it, as 3万左右 alone is about 3万: the quote runs on
        to it. q as it was where the bound (`post`, matched at `at`) does not follow it right away or a
        qualifier of its own is there already."""
        if q.qualifier != "exact" or q.end != at:
            return q
        end = at + len(post)
        return replace(q, end=end, quote=text[q.start:end], qualifier=self.lex.qual_suffix[post])

    def paired(self, q: Quantity, nxt: Quantity | None, text: str) -> bool:
        """十块八块, 三年两年, 一百斤八十斤, 一年两年: two Chinese numerals, each with the same measure word and
        nothing between them, the second the smaller or the larger, say "some small amount" (as 十万八万 does),
        not two figures. Arabic digits so placed are a table's cells and stay figures."""
        if (nxt is None or nxt.start != q.end or not q.word or q.end == q.num_end
                or text[q.num_end:q.end] != text[nxt.num_end:nxt.end]  # as written: 十块 and 八块 (元) alike
                or q.value_high is not None or nxt.value_high is not None or not 0 < nxt.value != q.value
                or q.qualifier != "exact" or nxt.qualifier != "exact"):
            return False
        numerals = (text[q.num_start:q.num_end], text[nxt.num_start:nxt.num_end])
        return all(n and all(c in self.lex.digits or c in self.lex.units for c in n) for n in numerals)

    def pair(self, q: Quantity, plain: bool, nxt: Quantity, text: str, link: str) -> Quantity | None:
        """The one range that a bare number and the figure after it make (or None): with no link a
        vague range up to a round number (十几二十万), else neighbours sharing the second's unit.
        `plain`: q is written as a number alone, with no sign, magnitude, qualifier or range of its own."""
        if not link:
            return self._up_to(q, nxt, text)
        if link in self.neighbour_links:
            pair = self._neighbours(q, plain, nxt, text)
            if pair is None and q.value_high is not None and not self.listed_item(text, q.start):
                pair = self._up_to(q, nxt, text)  # 十几、二十万元 as 十几二十万元: 11万–20万, never 十几 元
            if pair is None and q.value_high is not None:
                pair = self._loose_pairs(q, nxt, text)
            return pair
        return self._comma_neighbours(q, plain, nxt, text)

    def decimal_comma(self, q: Quantity, nxt: Quantity, text: str) -> bool:
        """增长3，5%, 投资3，5亿元, 比上年增长0，5%: a bare Arabic number of one to three digits, the comma
        typed right after it and one or two digits with their unit (no neighbours, `_comma_neighbours`) is a
        decimal point typed or scanned as a comma (3.5%) or a clause that ends on a number, and after a colon
        (比例为3：5万人) a ratio's second term; either way the second alone (5%) is a wrong value and neither is
        sure: no figure (the marks: numerals.yaml neighbours.unsure_links). A group of three digits after it
        is a thousands mark or a ratio (the grammar's), and the first of a longer list (每组1，2，3名) is left
        as it was. Four digits and a section after it (收入1，2345万元) are a number grouped in 万 with the mark in
        an odd place (12345万, as 1,2345万 is none) or two figures: 2345万 alone is a wrong value, so none either; and so
        are four digits alone (407，8974户: 4078974 grouped in 万 as the 万 sections are, or a clause ending on 407?
        never 8974 户)."""
        first, second = text[q.num_start:q.num_end], text[nxt.num_start:nxt.num_end]
        if not (q.start == q.num_start and nxt.start == nxt.num_start and q.value_high is None):
            return False
        wan_group = second[:4].isdigit() and second[4:5] in self.lex.sections
        if _COMMA_HEAD.fullmatch(first) is not None and _WAN_GROUP.match(second) is not None \
                and text[q.num_end:nxt.num_start] in self.lex.group_marks:
            # (a comma only: 比例为3：1200人 is a ratio's term; a list's item stands after a digit and its mark, never
            # after a word's: 8974户，408，0123户)
            return not (text[q.num_start - 1:q.num_start] in self._listed_before
                        and text[q.num_start - 2:q.num_start - 1] in self._listed_before) \
                and not self._labelled(q, text)
        if _COMMA_HEAD.fullmatch(first) is not None and (_COMMA_TAIL.match(second) is not None or wan_group):
            return text[q.num_start - 1:q.num_start] not in self._listed_before \
                and not self._labelled(q, text)
        return self._han_decimal_comma(first, second, nxt)

    def _labelled(self, q: Quantity, text: str) -> bool:
        """表1：12家企业, 附表2：新增就业1.2万人: the number before the mark numbers a table or a figure (the
        lexicon's unsure_labels), so the mark ends the label and the figure after it is read on its own."""
        return bool(self._unsure_labels) and text.endswith(self._unsure_labels, 0, q.num_start) \
            and not (self._label_not and text.endswith(self._label_not, 0, q.num_start))

    def _han_decimal_comma(self, first: str, second: str, nxt: Quantity) -> bool:
        """增长三，五%, 提高一，二个百分点, 增长二，五倍: the same typed point between Chinese numerals, never 5%
        alone. Only a rate (percent, points, a multiple) after one digit: an amount after a comma (之一，五家)
        is as often a new clause's own count, which stays, and so are tenths (之一，五成企业: 成 holds no decimal)."""
        measure = self.lex.measures.get(nxt.word)
        return (0 < len(first) <= 3 and all(c in self._han_comma_head for c in first)
                and len(second) == 1 and second in self._han_comma_tail and nxt.unit in self.lex.rated_units
                and (measure is None or measure.scale == 1))

    def _comma_neighbours(self, q: Quantity, plain: bool, nxt: Quantity, text: str) -> Quantity | None:
        """5，6万人, 三，四百元: neighbours typed with a comma for 、 are the one range 5、6万人 is, never
        6万 alone; only inside a clause (一，二十年来 opens a list), where the second holds places or
        a magnitude (每组5，6人 may be a clause ending in 5) and the first is no item of a longer
        list (每组1，2，3名). Arabic digits that the second cuts short (58，9万人: 58–59万 as 五十八、九万 is, or
        58.9万 with its point typed as a comma?) are no sure range: None, and `decimal_comma` reads them as none."""
        before = text[q.start - 1:q.start]
        if not before or not _HAN.match(before):
            return None
        first, second = text[q.num_start:q.num_end], text[nxt.num_start:nxt.num_end]
        if first.isdigit() and len(first) > 1:
            head = _COMMA_HEAD.match(second)
            if head is None or head.end() < len(first):
                return None
        pair = self._neighbours(q, plain, nxt, text)
        if pair is None or pair.value < 10 * q.value:
            return None
        return pair

    def cut_neighbours(self, q: Quantity, plain: bool, nxt: Quantity, text: str) -> bool:
        """十七，八人, 三，四人, 二十三，四户: Chinese neighbours typed with a comma for 、 where the second holds no
        place or magnitude (`_comma_neighbours` refuses them): 17–18 as 十七、八人 is, or a clause that ends on 十七?
        Neither is sure, and the second alone (8 人) is a wrong value: no figure for either, as `decimal_comma`
        reads Arabic 5，6人. Only inside a clause (the same guard as `_comma_neighbours`), and not after an ordinal's
        mark (第三，四人获奖: the third, then four people)."""
        first = text[q.num_start:q.num_end]
        before = text[q.start - 1:q.start]
        if not first or first.isascii() or not before or not _HAN.match(before) \
                or text.endswith(self._ordinal_before, 0, q.start) and bool(self._ordinal_before):
            return False
        return self._neighbours(q, plain, nxt, text) is not None

    def _neighbours(self, q: Quantity, plain: bool, nxt: Quantity, text: str) -> Quantity | None:
        """5、6万人, 三、四百元, 七、八十万, 十七、八岁: a bare number ending in the digit d, then the
        digit d+1 with only places, magnitude and measure after it, is one range that shares them
        (as 五六万 does), not the first number in the second's unit (5 人). None where that is not so:
        a list said item by item (分别新增5、6家), a decimal, a sign, a magnitude of the first's own."""
        if q.value_high is not None or nxt.value_high is not None or nxt.start != nxt.num_start or not plain:
            return None
        step = self._neighbour_factor(text, q, text[nxt.num_start:nxt.num_end], nxt.value)
        if step is None:
            return self._decimal_neighbours(q, nxt, text) or self._round_neighbours(q, nxt, text)
        factor, apart = step
        qualifier = q.qualifier if q.qualifier != "exact" else nxt.qualifier
        return Quantity(q.start, nxt.end, text[q.start:nxt.end], clean(q.value * factor),
                        clean((q.value + apart) * factor), nxt.measure, nxt.unit, qualifier, nxt.how, nxt.word,
                        q.num_start, nxt.num_end)

    def _decimal_neighbours(self, q: Quantity, nxt: Quantity, text: str) -> Quantity | None:
        """零点五、六个百分点, 一点二、三万人: a Chinese decimal ending in the digit d, then d+1 alone (a section after it
        at most) is one range in the first's last decimal place (0.5–0.6 百分点; 1.2万–1.3万 人), as 五、六个百分点 is
        in whole points: the second alone (6 百分点) is a wrong value. Arabic decimals so written (1.5、6%) stay as
        read: a list as often as a range. Not after 分别 (a list), nor for an item of a longer list."""
        lex = self.lex
        first, second = text[q.num_start:q.num_end], text[nxt.num_start:nxt.num_end]
        point = next((p for p in lex.decimal_points if p and p in first), None)
        if point is None or q.value <= 0 or nxt.value <= 0:
            return None
        tail = first.rsplit(point, 1)[1]
        d = lex.digits.get(tail[-1:]) if tail and all(c in lex.digits for c in tail) else None
        d2 = lex.digits.get(second[:1])
        if d is None or d2 is None or d2 != d + 1 or any(c not in lex.sections for c in second[1:]):
            return None
        clause = max(text.rfind(c, 0, q.start) for c in lex.clause_end) + 1
        if any(w in text[clause:q.start] for w in lex.neighbour_not_after) or self.listed_item(text, q.start):
            return None
        factor, place = nxt.value / d2, 10.0 ** -len(tail)
        qualifier = q.qualifier if q.qualifier != "exact" else nxt.qualifier
        return Quantity(q.start, nxt.end, text[q.start:nxt.end], clean(q.value * factor),
                        clean(round(q.value + place, len(tail)) * factor), nxt.measure, nxt.unit, qualifier, nxt.how,
                        nxt.word, q.num_start, nxt.num_end)

    def signed_neighbours(self, q: Quantity, nxt: Quantity, text: str) -> bool:
        """负5、6%, -5、6万人, 负五、六个百分点: a signed number, the mark of neighbours and the next digit unsigned with
        the measure word: −6 to −5 with the sign written once, or −5 then a 6 above zero? No reading is sure, and the
        second read alone (6 %) may be a wrong value: no figure for either. After 分别 (neighbour_not_after) they are
        a list, each as written, as unsigned neighbours are."""
        if not (q.value < 0 < nxt.value) or q.value_high is not None or nxt.value_high is not None \
                or nxt.start != nxt.num_start:
            return False
        return self._neighbour_factor(text, replace(q, value=-q.value), text[nxt.num_start:nxt.num_end],
                                      nxt.value) is not None

    def _round_neighbours(self, q: Quantity, nxt: Quantity, text: str) -> Quantity | None:
        """20、30人, 100、200元, 20、30万人: two round Arabic numbers of one length, d then d+1 followed by the
        same zeros, side by side, are the one range typed for 二三十人 (as 5、6万人 is 五六万人), never two exact
        figures; not where a 分别 makes them a list (neighbour_not_after), nor when the first is an item of a
        longer list (20、30、40人: no range, the first items no sure reading) or the second has places of
        its own (20、35人)."""
        first, second = text[q.num_start:q.num_end], text[nxt.num_start:nxt.num_end]
        lex = self.lex
        if first and not first.isascii():
            return self._han_round_neighbours(q, nxt, text, first, second)
        head = _ROUND_HIGH.match(second)
        if _ROUND.fullmatch(first) is None or head is None or head.end() != len(first) \
                or int(second[0]) != int(first[0]) + 1 \
                or any(c not in lex.units and c not in lex.sections and c not in self._infix_chars
                       for c in second[head.end():]):
            return None
        if _LISTED_BEFORE.search(text, 0, q.start) is not None:
            return None
        clause = max(text.rfind(c, 0, q.start) for c in lex.clause_end) + 1
        if any(w in text[clause:q.start] for w in lex.neighbour_not_after):
            return None
        factor = nxt.value / int(head.group())
        qualifier = q.qualifier if q.qualifier != "exact" else nxt.qualifier
        return Quantity(q.start, nxt.end, text[q.start:nxt.end], clean(q.value * factor), nxt.value,
                        nxt.measure, nxt.unit, qualifier, nxt.how, nxt.word, q.num_start, nxt.num_end)

    def _han_round_neighbours(self, q: Quantity, nxt: Quantity, text: str, first: str,
                              second: str) -> Quantity | None:
        """三十、四十户, 二百、三百万元, 一百二十、三十人: a Chinese numeral ending in the digit d and a place (十, 百,
        千), then d+1 with the same place and only sections or a measure after it, is the one range 三四十户 is
        (30–40 户; 200万–300万; 120–130), as 20、30人 is for Arabic digits, never two exact figures (30 户 and 40
        户). Not after 分别 (a list), nor for an item of a longer list (三十、四十、五十人)."""
        lex = self.lex
        k = len(first)
        while k and first[k - 1] in lex.units:
            k -= 1
        place = first[k:]
        step = lex.units[place] if len(place) == 1 else None
        lone = False
        if not place and len(first) > 2 and _digit(lex, first[-1]) is not None:
            # 一千二、三百户, 一万七、八千人, 一百一、二十户: the last digit of the first stands in the place
            # below the one before it (一千二 = 1200), which the second writes out (三百); below 亿 that place is
            # written with its section (一亿二、三千万元 = 1.2亿–1.3亿 元, never 1.2亿 元 and 3000万 元 apart)
            below = (lex.units.get(first[-2]) or lex.sections.get(first[-2]) or 0) / 10
            place = next((c for c, v in self._places_by_value.get(below, ()) if second.startswith(c, 1)), "")
            # 一万二、三元, 一千二、三吨: the second's digit alone stands in the same shortened place (12000–13000 元)
            lone = not place and len(second) == 1
            shortened = below >= 1 and q.value % (below * 10) == _digit(lex, first[-1]) * below
            step = below if shortened and (place or lone) else None
            k = len(first)
        d, d2 = _digit(lex, first[k - 1]) if k else None, _digit(lex, second[:1])
        if not step or d is None or q.value <= 0 or not q.value.is_integer():
            return None
        if d == 0 or d2 != d + 1 or not second.startswith(place, 1) \
                or any(c not in lex.sections and c not in self._infix_chars for c in second[1 + len(place):]):
            return None
        clause = max(text.rfind(c, 0, q.start) for c in lex.clause_end) + 1
        if any(w in text[clause:q.start] for w in lex.neighbour_not_after) or self.listed_item(text, q.start):
            return None
        written = d2 if lone else d2 * step  # (the measure word's scale is what the second's value holds beyond it)
        if not written or nxt.value % written:
            return None
        factor = nxt.value / written
        qualifier = q.qualifier if q.qualifier != "exact" else nxt.qualifier
        return Quantity(q.start, nxt.end, text[q.start:nxt.end], clean(q.value * factor), clean((q.value + step) * factor),
                        nxt.measure, nxt.unit, qualifier, nxt.how, nxt.word, q.num_start, nxt.num_end)

    def _neighbour_factor(self, text: str, q: Quantity, second: str, value: float) -> tuple[float, int] | None:
        """What the first of two neighbours (q, its number ending in d) is multiplied by to share the
        places of the second (written `second`, worth `value`, its first digit d+1): 10000 for
        5、6万, 1 for 十七、八; with how far apart the two digits are (1). A loose pair (numerals.yaml
        loose_pairs, low digit first) with the mark between is that range too where the first is its digit alone and
        the second holds places or a magnitude (三、五十人 = 30–50 人 as 三五十人 is; never 3 人 and 50 人), the gap its
        two digits' (2). None where they are no neighbours or a 分别 makes them a list."""
        lex = self.lex
        first = text[q.num_start:q.num_end]
        if q.value <= 0 or not q.value.is_integer() or not first or not second:
            return None
        d = lex.digits.get(first[-1], int(first[-1]) if first[-1].isascii() and first[-1].isdigit() else None)
        d2 = lex.digits.get(second[0], int(second[0]) if second[0].isascii() and second[0].isdigit() else None)
        loose = (first[-1] + second[0] in lex.loose_pairs and q.value == d and len(second) > 1
                 and d2 is not None and d is not None and d2 > d)  # 三、五十 (百分之三、五十), never 十三、五十
        if d is None or d2 is None or (d2 != d + 1 and not loose) or d == 0 or q.value % 10 != d \
                or any(c not in lex.units and c not in lex.sections and c not in self._infix_chars for c in second[1:]):
            return None
        clause = max(text.rfind(c, 0, q.start) for c in lex.clause_end) + 1
        if any(w in text[clause:q.start] for w in lex.neighbour_not_after) or self.listed_item(text, q.start):
            return None
        return value / d2, d2 - d

    def or_run(self, q: Quantity, nxt: Quantity, text: str) -> Quantity | None:
        """3、4或5万人: a number, the mark of neighbours, then a range joined by 或 (4或5万人) name three amounts the
        quantity may be, lowest first: one range from the first to the range's high end (3万–5万), never 3万 on its
        own beside 4万–5万. `q` is the first read with the range's measure (`elided`). Not after 分别, where the items
        belong to things named each (neighbour_not_after), nor for an item of a longer list (2、3、4或5万人), nor
        where the first is no lower than the range's low end or bound by a word of its own."""
        if nxt.value_high is None or q.value_high is not None or q.qualifier != "exact" or not q.value < nxt.value \
                or text[q.end:nxt.num_start] not in self.neighbour_links or self.listed_item(text, q.start):
            return None
        ends = text[nxt.num_start:nxt.num_end]
        if not any(w in ends for w in self._or_words):
            return None
        clause = max(text.rfind(c, 0, q.start) for c in self.lex.clause_end) + 1
        if any(w in text[clause:q.start] for w in self.lex.neighbour_not_after):
            return None
        return Quantity(q.start, nxt.end, text[q.start:nxt.end], q.value, nxt.value_high, nxt.measure, nxt.unit,
                        nxt.qualifier, nxt.how, nxt.word, q.num_start, nxt.num_end)

    def listed_item(self, text: str, start: int) -> bool:
        """3、5、6万人, 百分之三、四、五: a numeral and a link of neighbours right before the number at `start`
        make it an item of a list of three or more, each item its own figure, never the last two one range
        (5万–6万) with the first left out."""
        if text[start - 1:start] not in self.neighbour_links:
            return False
        before = text[start - 2:start - 1]
        lex = self.lex
        return bool(before) and (before.isdigit() or before in lex.digits or before in lex.units)

    def list_closed(self, text: str, at: int) -> bool:
        """工资三千、三千五不等, 月薪七、八千不等: a word at `at` (right after the last number) that says the amounts
        differ (numerals.yaml neighbours.list_end) closes a list or a range of neighbours as the clause's end does;
        never a longer word that begins so (不等于: "is not equal to", list_end_not)."""
        lex = self.lex
        return bool(lex.neighbour_list_end) and text.startswith(lex.neighbour_list_end, at) \
            and not (lex.neighbour_list_end_not and text.startswith(lex.neighbour_list_end_not, at))

    def measured_low(self, q: Quantity, word: str, sep: str, text: str, low_end: int,
                     high_start: int) -> Quantity | None:
        """补贴3万元至5万, 面积3万平方米到5万: a range the grammar read with the measure word after its low end only
        (`word`), the high end bare after 至, 到, a wave dash or a dash (`sep`), ending in the same magnitude or place
        as the low end, ending its clause or closed by 不等: one range in the low end's measure (30000–50000 元). Not
        after a from word or a verb of change (从3万元到5万, 增加3万元至5万: a start or a change, then a level), nor where
        anything follows the high end (3万元至5万多, 300元至2025年), nor two ends in another magnitude or place
        (3万元至5千, 五千亩至九万: 9万 or 9千万?), a dash before digits alone (5吨-9), the wrong way round or far apart.
        q is the grammar's reading of the match with no measure (value and high end in the magnitudes written); the low
        end's number ends at `low_end`, the high end's begins at `high_start`."""
        m = self.lex.measures.get(word)
        end = q.num_end
        if (m is None or q.value_high is None or q.qualifier != "exact" or q.start != q.num_start
                or not (sep in self._bounded_links or sep and all(c in self.lex.dashes for c in sep))
                or self.after_from(text, q.start) or self.changed_to(text, q.start)):
            return None
        if end < len(text) and text[end] not in self.lex.clause_end and text[end] not in self.lex.sentence_end \
                and not self.list_closed(text, end):
            return None
        place = self._place_after(text[q.num_start:low_end])
        if not 0 < q.value < q.value_high or not self.reader.comparable_ends(q.value, q.value_high) \
                or place != self._place_after(text[high_start:end]) or not place and sep not in self._bounded_links:
            return None  # (5吨-9: a dash before a bare number of digits alone may be its minus; 5吨-9万 is no such)
        if m.max_value and q.value_high * m.scale > m.max_value:
            return None  # 五成至六十五, 2成至45: no 650 %; 六十五 is no tenth's count (65 %? 6.5成?): none
        return Quantity(q.start, end, text[q.start:end], clean(q.value * m.scale), clean(q.value_high * m.scale),
                        m.measure, m.unit, "exact", "measure", m.word, q.num_start, end)

    def _place_after(self, number: str) -> str:
        """The magnitude word or place a number's text ends in (万 of 3万 and of 一十万, 千 of 五千 and 3千, 亿 of 1.2亿),
        "" where it ends in a digit."""
        lex = self.lex
        word = max((m.word for m in lex.magnitudes if m.word and number.endswith(m.word)), key=len, default="")
        return word or (number[-1:] if number[-1:] in lex.units or number[-1:] in lex.sections else "")

    def neighbour_after(self, q: Quantity, second: tuple[int, int, float], text: str) -> Quantity | None:
        """百分之五、六 (5–6 %), 百分之五、六十 (50–60 %): the unit written before the first of two
        neighbours, the second (its start, end and value: a number alone, no measure word) bare and
        ending its clause (not 百分之五、六月份…) or closed by a word that says the amounts differ (百分之五、六不等,
        月薪七、八千不等: numerals.yaml neighbours.list_end), which a range's ends do too."""
        start, end, value = second
        if q.value_high is not None:
            return None
        if end < len(text) and (text[end].isdigit() or _HAN.match(text, end)) \
                and not self.list_closed(text, end):
            return None  # 百分之五、六月份: the second is the head of something else (a month)
        if text[end:end + 1] in self.neighbour_links and self.listed_item(text, end + 1):
            return None  # 百分之五、六、七: a list of three, one figure an item (`Quantities._rate_list`)
        step = self._neighbour_factor(text, q, text[start:end], value)  # the units before it have scale 1 (%, ‰)
        if step is None:  # 百分之二十、三十: round neighbours, 20–30 %, never 20 % alone (百分之零点五、六: 0.5–0.6 %)
            first = text[q.num_start:q.num_end]
            second = replace(q, start=start, end=end, quote=text[start:end], value=value, num_start=start, num_end=end)
            pair = (self._decimal_neighbours(q, second, text)
                    or self._han_round_neighbours(q, second, text, first, text[start:end])) if first else None
            if pair is None:
                return None
            return replace(q, end=end, quote=text[q.start:end], value=pair.value, value_high=pair.value_high,
                           num_end=end)
        factor, apart = step
        return replace(q, end=end, quote=text[q.start:end], value=clean(q.value * factor),
                       value_high=clean((q.value + apart) * factor), num_end=end)

    def _up_to(self, q: Quantity, nxt: Quantity, text: str) -> Quantity | None:
        """十几二十个, 二十几三十万人: a vague range written right before the round number above it
        (19 then 20, 29 then 30, with the second's magnitude) runs up to that number, about;
        None for anything else, so the round number stays a figure of its own."""
        if nxt.value_high is not None or nxt.start != nxt.num_start or q.value <= 0:
            return None
        if q.value_high is None:
            return self._round_up_to(q, nxt, text)
        for factor in self._shared_factors(nxt, text):
            if math.isclose(nxt.value, (q.value_high + 1) * factor):
                return Quantity(q.start, nxt.end, text[q.start:nxt.end], clean(q.value * factor), nxt.value,
                                nxt.measure, nxt.unit, "approx", nxt.how, nxt.word, q.num_start, nxt.num_end)
        return None

    def _loose_pairs(self, q: Quantity, nxt: Quantity, text: str) -> Quantity | None:
        """三四、五六万元, 三四十、五六十人, 两三、四五百人: two loose pairs with the mark of neighbours between them are
        the one range the same pairs joined by 到 make (三四到五六万元 = 30000–60000 元): from the low pair's low to
        the high pair's top, in the high pair's places. Only where the low pair's top digit stands below the high
        pair's low one and both have the same places (三四十、五六十) or the low pair is bare before the high pair's
        section (万, 亿); the high pair alone (五六万元) would leave the low amounts said out. None for anything else
        (三四、四五万, 三四、五六十人: 3–4 or 30–40?), after 分别 (a list), or for an item of a longer list."""
        lex = self.lex
        first, second = text[q.num_start:q.num_end], text[nxt.num_start:nxt.num_end]
        if q.end != q.num_end or nxt.start != nxt.num_start or nxt.value_high is None or q.value <= 0 \
                or nxt.value <= 0 or len(first) < 2 or len(second) < 2:
            return None
        pairs = [lex.digits.get(c) for c in first[:2] + second[:2]]
        if any(d is None or d == 0 for d in pairs):
            return None
        lo1, hi1 = sorted(pairs[:2])  # (三两 is said high end first)
        lo2, hi2 = sorted(pairs[2:])
        tail = second[2:].rstrip("".join(self._infix_chars))  # 五六万余: the bound after the section
        if not hi1 < lo2 or not (first[2:] == tail or len(first) == 2 and all(c in lex.sections for c in tail)):
            return None
        scale = nxt.value / lo2
        if not math.isclose(nxt.value_high, hi2 * scale) or not math.isclose(q.value_high / q.value, hi1 / lo1):
            return None
        clause = max(text.rfind(c, 0, q.start) for c in lex.clause_end) + 1
        if any(w in text[clause:q.start] for w in lex.neighbour_not_after) or self.listed_item(text, q.start):
            return None
        qualifier = q.qualifier if q.qualifier != "exact" else nxt.qualifier
        return Quantity(q.start, nxt.end, text[q.start:nxt.end], clean(lo1 * scale), nxt.value_high, nxt.measure,
                        nxt.unit, qualifier, nxt.how, nxt.word, q.num_start, nxt.num_end)

    def _shared_factors(self, nxt: Quantity, text: str) -> list[float]:
        """The magnitudes the first number of a vague range may share with the round number after it: none (1), or
        a magnitude word the second is written with at its end (十多二十万: 万). Never one the second does not say:
        一千多二百万 is no 1000多 thousand up to 2000 thousand (100万–200万), as 千 read into 二百万 would make it."""
        written = text[nxt.num_start:nxt.num_end]
        return [1.0, *sorted({m.value for m in self.lex.magnitudes if written.endswith(m.word)})]

    def _round_up_to(self, q: Quantity, nxt: Quantity, text: str) -> Quantity | None:
        """十多二十万元, 三十来四十岁, 一百多两百人, 3万多4万元: a round number that 多, 余 or 来 bounds, right before
        the round number one step above it (in the second's magnitude), is one vague range up to that number, about,
        as 十几二十万 is; None for anything else."""
        if q.qualifier not in ("lower_bound", "approx") or not any(c in self._infix_chars
                                                                    for c in text[q.num_start:q.num_end]):
            return None
        place = 10.0 ** math.floor(math.log10(q.value))
        digit = q.value / place
        if not digit.is_integer() or digit > 9:
            return None
        for factor in self._shared_factors(nxt, text):
            if math.isclose(nxt.value, (q.value + place) * factor):
                return Quantity(q.start, nxt.end, text[q.start:nxt.end], clean(q.value * factor), nxt.value,
                                nxt.measure, nxt.unit, "approx", nxt.how, nxt.word, q.num_start, nxt.num_end)
        return None

    def elided(self, q: Quantity, nxt: Quantity, text: str, from_to: bool) -> Quantity | None:
        """A bare number takes the measure word of the next one (2.1、0.7个百分点; 三、五成 is 30 % and
        50 %); a from-figure or a list item written without the magnitude of the next figure takes
        it where it is within ten times of it either way (从3到5万元 is 3万 and 5万, 从12到5万元 12万
        and 5万, 分别为3、5万人 3万 and 5万 — never 3 人; 从6500到2万元 stays 6500, 从3到7000万元 gives
        no from-figure)."""
        scale = self.lex.measures[nxt.word].scale if nxt.word in self.lex.measures else 1.0
        value = q.value
        if q.value_high is None:
            n2 = "".join(c for c in text[nxt.num_start:nxt.num_end] if c not in self._infix_chars)  # 5万多: 5万
            high = nxt.value / scale
            value = self.reader.borrowed(value, q.quote, None, n2, None, high, near=True)
            if value == q.value and self.reader.borrowed(value, q.quote, None, n2, None, high) != value \
                    and (not from_to or not self.reader.comparable_ends(value, high)):
                return None  # 分别为8、95万吨, 从3到7000万元: 8万 or 8? No reading is sure, so no figure
        else:
            n2 = "".join(c for c in text[nxt.num_start:nxt.num_end] if c not in self._infix_chars)
            tail = text[q.num_start:q.num_end]
            k = len(tail)
            while k and (tail[k - 1].isdigit() or tail[k - 1] == "." or tail[k - 1] in self.lex.digits):
                k -= 1
            if self.reader.borrowed(q.value_high, tail[k:] or tail, None, n2, None, nxt.value / scale,
                                    near=True) != q.value_high:
                # 分别为3至5、7万元: 3万–5万, or 3–5 元 before 7万元? 十几、三十万元: 11万–19万 or 11–19 元? No reading
                # is sure, so no figure
                return None
            if tail and all(c in self.lex.digits for c in tail) and any(c in self.lex.units for c in n2):
                return None  # 两三、四五百人, 三四、五六十人: 2–3 人 or 200–300? No reading is sure (as 三四至五六十人)
        high = q.value_high * scale if q.value_high is not None else None
        return Quantity(q.start, q.end, q.quote, clean(value * scale), clean(high) if high is not None else None,
                        nxt.measure, nxt.unit, q.qualifier, "elided", nxt.word, q.num_start, q.num_end)

    def about_low(self, q: Quantity, nxt: Quantity, text: str) -> Quantity | None:
        """约2000至约3000元, 约2万-约3万元: a low end behind a word of "about" and written without the measure word,
        a range link, then the same word and the high end with it, are one range about (as 约2000元至约3000元 is):
        the low end takes the high end's measure, and its magnitude where that is sure (`elided`). None where the
        words differ (约3万至近5万人), the low end has a range, a sign or a bound of its own, or the ends run
        downward or have no sure reading (约3至约7000万元)."""
        word = text[q.start:q.num_start]
        if (not word or q.qualifier != "approx" or nxt.qualifier != "approx" or q.value_high is not None
                or nxt.value_high is not None or q.value <= 0 or text[nxt.start:nxt.num_start] != word
                or text[q.num_end:q.end] or text[q.end:nxt.start] not in self.range_marks):
            return None
        low = self.elided(q, nxt, text, True)
        if low is None or low.value_high is not None or not low.value < nxt.value:
            return None
        return Quantity(q.start, nxt.end, text[q.start:nxt.end], low.value, nxt.value, nxt.measure, nxt.unit,
                        "approx", nxt.how, nxt.word, q.num_start, nxt.num_end)

    def bounded_low(self, q: Quantity, nxt: Quantity, text: str) -> Quantity | None:
        """三千多至五千人, 3万余到5万元, 3万左右至5万元: a low end that a bound word after its number bounds (多, 余, 以上:
        at least; 左右, 来: about) and that is written without the measure word, 到, 至 or a wave dash, then the high end
        with it, exact (or bounded at least by the same word: 3万多至5万多人): one range bounded as the low end is,
        which takes the high end's measure and its magnitude where that is sure (`elided`). None where the ends run
        downward, the high end has another bound, a range or a word before it of its own, or a dash stands between
        (3万多-5万人: left as none, a dash may be a minus)."""
        if (q.value_high is not None or nxt.value_high is not None or q.value <= 0
                or q.start != q.num_start or nxt.start != nxt.num_start or nxt.how != "measure"
                or self.changed_to(text, q.start)):
            return None
        gap = text[q.num_end:nxt.start]
        to = next((w for w in self._bounded_links if gap.endswith(w)), "")
        bound = gap[:len(gap) - len(to)]
        # the bound word read into the low end (3万多, 三千左右) or left after it by the grammar (3万以上)
        qualifier = q.qualifier if bound == text[q.num_end:q.end] else \
            self.lex.qual_suffix.get(bound, "") if q.qualifier == "exact" and q.end == q.num_end else ""
        if not to or qualifier not in ("lower_bound", "approx"):
            return None
        # the high end exact, or bounded at least by the low end's word (3万多至5万多人: the range at least)
        if nxt.qualifier != "exact" and not (nxt.qualifier == qualifier == "lower_bound"
                                             and (bound or self._bound_after(q, text)) == self._bound_after(nxt, text)):
            return None
        low = self.elided(q, nxt, text, True)
        if low is None or low.value_high is not None or not low.value < nxt.value \
                or not self.reader.comparable_ends(low.value, nxt.value):
            return None
        return Quantity(q.start, nxt.end, text[q.start:nxt.end], low.value, nxt.value, nxt.measure, nxt.unit,
                        qualifier, nxt.how, nxt.word, q.num_start, nxt.num_end)

    def from_to(self, text: str, start: int, end: int, nxt: Quantity) -> bool:
        """从6500到2万元, 从约3万增至约5万人: the from-figure (start, end) takes the measure of the to-figure,
        the two joined by a to-word or a verb of reaching (reach_words: GUIDE's from–to pairs, 由14.74万张增长至…)."""
        link = text[end:nxt.start]
        return (link in self.lex.to_words or link in self.lex.reach_words) and self.after_from(text, start)

    def bounds_linked(self, pre: str | None, text: str, end: int, nxt: Quantity, after: bool = False) -> bool:
        """大于20且小于35个: a number bounded by its prefix (`pre`) and written without a measure word, a
        bound link, then the other bound of the same quantity with its measure word: the first shares it.
        With `after`, `pre` is the bound written after the number and `end` where that bound ends (投资3万以上5万元以下:
        30000 元 at least and 50000 元 at most, never the low bound lost)."""
        ours = (self.lex.qual_suffix if after else self.lex.qual_prefix).get(pre or "")
        return (ours in _BOUNDS and nxt.qualifier in _BOUNDS and nxt.qualifier != ours
                and text[end:nxt.start] in self._bound_links)

    def linked(self, text: str, end: int, start: int) -> bool:
        """Whether a list link (、 和 及) and nothing else stands between two figures."""
        return text[end:start] in self.lex.list_links

    def _elide_partial(self, qs: list[Quantity], text: str) -> list[Quantity]:
        """分别提高2.1个、0.7个百分点: 2.1个 takes the measure written once after 0.7个, where its word is a counter
        (个: numerals.yaml counters) or the longer word a rate on it (300元、500元/吨); a measure word of its own that
        merely begins the next one's (3000人、5000人次, 100千瓦、200千瓦时, 100MW、200MWh) is a unit of its own, never
        the next one's (3000 人次 was a wrong unit)."""
        if len(qs) < 2:
            return qs
        out = list(qs)
        for i in range(len(out) - 2, -1, -1):
            q, nxt = out[i], out[i + 1]
            if (self.linked(text, q.end, nxt.start) and q.word and nxt.word != q.word
                    and nxt.word.startswith(q.word) and (q.word in self.lex.counters
                                                         or nxt.word.startswith(self.lex.per_signs, len(q.word)))):
                out[i] = Quantity(q.start, q.end, q.quote, q.value, q.value_high, nxt.measure, nxt.unit,
                                  q.qualifier, "elided", nxt.word, q.num_start, q.num_end)
        return out

    def _currency_carried(self, qs: list[Quantity], text: str) -> list[Quantity]:
        """美元分别为3亿元和2亿元: a 元 amount listed right after one whose currency a name gave is in
        that currency too, never renminbi (the name is written once for the list)."""
        yuan = self.lex.currency_yuan
        if len(qs) < 2:
            return qs
        out = list(qs)
        for i in range(1, len(out)):
            q, nxt = out[i - 1], out[i]
            plain = self.lex.measures.get(nxt.word)
            if (q.word in yuan and nxt.word in yuan and plain is not None and nxt.unit == plain.unit
                    and q.unit != plain.unit and self.linked(text, q.end, nxt.start)):
                out[i] = replace(nxt, measure=q.measure, unit=q.unit)
        return out

    def _between(self, qs: list[Quantity], text: str) -> list[Quantity]:
        """介于20和30元之间, 在5万元与8万元之间: two figures of one measure joined by a between-link
        and followed by a between-end are the low and high ends of one range (20–30 元)."""
        links, ends = self.lex.between_links, tuple(self.lex.between_end)
        if not links or not ends or len(qs) < 2 or not any(e in text for e in ends):
            return qs  # no between-end (之间) anywhere: no pair can be followed by one
        return _joined_pairs(qs, text, lambda q, nxt: (
            text[q.end:nxt.start] in links and text.startswith(ends, nxt.end)
            and q.measure == nxt.measure and q.unit == nxt.unit and q.value_high is None
            and nxt.value_high is None and q.qualifier == nxt.qualifier == "exact" and q.value < nxt.value))

    def _tailed(self, q: Quantity, text: str) -> bool:
        """Whether a figure holds a digit or a half after its number (一米七, 五块七毛八, 两年半, 两个半小时,
        3元5角): a form the range grammar reads only as a range's high end."""
        lex = self.lex
        return any(c.isdigit() or c in lex.digits or c == lex.half.word for c in text[q.num_end:q.end])

    def _dash_after_half(self, qs: list[Quantity], text: str) -> list[Quantity]:
        """两个半月-三个月, 两个半小时-三个小时: a dash right after a figure whose tail holds a half (after its measure
        word's counter, where the grammar's own guard, a half right before the dash, cannot see it) is the range's
        mark, never the next figure's minus (−3 个月 is a wrong value): the next figure in the same measure unsigned, its
        number after the dash, for `_tail_ranges` to join (2.5–3 个月); one in another measure (两个半月-5%) as read."""
        out = list(qs)
        for i, (q, nxt) in enumerate(zip(qs, qs[1:], strict=False)):
            if (nxt.value < 0 and nxt.value_high is None and q.end == nxt.start == nxt.num_start
                    and text[nxt.start] in self.lex.dashes and q.how == "measure" and q.measure == nxt.measure
                    and self.lex.half.word in text[q.num_end:q.end]):
                out[i + 1] = replace(nxt, start=nxt.start + 1, num_start=nxt.num_start + 1, quote=nxt.quote[1:],
                                     value=-nxt.value)
        return out

    def _half_span_ends(self, qs: list[Quantity], text: str) -> list[Quantity]:
        """3个半月-半年, 4个半月－六年, 一天半～两周, 两年半——三个月: a span whose low end holds a half, then a range mark
        (a dash the grammar took for the next figure's minus, two dashes or a wave dash) and a span in another measure
        word: the two ends of one span said in two units, which no range of one measure joins. The high end is no
        figure of its own (−0.5 年 or −6 年 is a wrong value, and 2 周 exact beside it a second reading of one span):
        the low end alone. A counter and a half alone before such a mark (四个半——半年, 2个半—一年) measures nothing the
        text names (4.5 个 would be a wrong measure): no figure. A figure in a measure of no span after the dash
        (两个半月-5%) stays signed, as 减半-3% does."""
        lex = self.lex
        out: list[Quantity] = []
        skip = -1
        for i, q in enumerate(qs):
            if i == skip:
                continue
            tail = text[q.num_end:q.end]
            counted = q.word in lex.counters and tail == q.word + lex.half.word and q.value_high is None
            nxt = qs[i + 1] if i + 1 < len(qs) else None
            if nxt is not None and lex.half.word in tail and q.how == "measure" and q.value_high is None \
                    and (q.unit in lex.durations or counted) and nxt.unit in lex.durations and nxt.value_high is None \
                    and nxt.measure != q.measure and self._marked_after(q, nxt, text):
                skip = i + 1  # the high end in another unit: no figure
                if counted:
                    continue
            elif counted and self._mark_before_number(text, q.end):
                continue  # 2个半—一年 whose high end the grammar left unread: 4.5 个 measures nothing
            out.append(q)
        return out

    def _marked_after(self, q: Quantity, nxt: Quantity, text: str) -> bool:
        """Whether nxt follows q across a range mark: a dash read as nxt's own minus, or a range link between."""
        if nxt.start == q.end:
            return nxt.value < 0 and text[nxt.start:nxt.start + 1] in self.lex.dashes
        return text[q.end:nxt.start] in self.range_marks

    def _mark_before_number(self, text: str, at: int) -> bool:
        """Whether a range mark stands at `at`, before a digit, a numeral or a half (the high end of a range)."""
        lex = self.lex
        for n in (2, 1):
            if text[at:at + n] in self.range_marks:
                c = text[at + n:at + n + 1]
                return bool(c) and (c.isdigit() or c in lex.digits or c == lex.half.word)
        return False

    def _counted_halves(self, qs: list[Quantity], text: str) -> list[Quantity]:
        """一个半 of 一个半到两个小时, 两个半 of 两个半到三个百分点 and of 从两个半到三个小时: a counter and a half alone, a
        range link and then a figure whose measure word is that counter and a unit a half may measure (个小时, 个月,
        个百分点: numerals.yaml half units) are in that measure (1.5 小时; the range then joins, `_tail_ranges`):
        the grammar reads the half after a counter only before what it counts, and 1.5 个 is a wrong measure."""
        lex = self.lex
        out = list(qs)
        for i, (q, nxt) in enumerate(zip(qs, qs[1:], strict=False)):
            if q.word in lex.counters and text[q.num_end:q.end] == q.word + lex.half.word \
                    and text[q.end:nxt.start] in self.range_marks and nxt.word.startswith(q.word) \
                    and nxt.word != q.word and nxt.unit in lex.half.units:
                out[i] = replace(q, measure=nxt.measure, unit=nxt.unit, word=nxt.word)
        return out

    def _spoken_as(self, q: Quantity, other: Quantity) -> Quantity:
        """q in the money the other end of its range is in, where q's measure word is one speech uses for
        it (六块 of 五块六到六块 is 6 元, as 五块六 is 5.6 元); q as it was otherwise."""
        money = self.lex.spoken_money.get(q.word)
        m = self.lex.measures.get(money) if money else None
        if m is None or other.measure != m.measure or other.unit != m.unit:
            return q
        return replace(q, measure=m.measure, unit=m.unit, word=m.word)

    def _tail_ranges(self, qs: list[Quantity], text: str) -> list[Quantity]:
        """一米七到一米八, 五块六到五块七毛八, 一年半至两年: two figures of one measure joined by a range
        separator, the first or the second with a tail after its measure word (tenths, 角 and 分, a
        half), are the two ends of one range, as 3元至5元 is; and so are two ends below zero said from
        the nearer one (负百分之五到负百分之十 is −10 to −5 %). Not after a from word (从一米七到一米八
        names where a thing starts and ends), nor two ends the wrong way round."""
        if len(qs) < 2 or (self._range_heads is not None and self._range_heads.search(text) is None):
            return qs  # fewer than two figures, or no range link anywhere in the sentence
        out: list[Quantity] = []
        i = 0
        while i < len(qs):
            q = qs[i]
            pair = self._tail_range(q, qs[i + 1], text) if i + 1 < len(qs) else None
            if pair is not None:
                if pair.qualifier != "unsure":
                    out.append(pair)
                i += 2
                continue
            out.append(q)
            i += 1
        return out

    def _sign_ranges(self, qs: list[Quantity], text: str) -> list[Quantity]:
        """Two amounts each behind the same currency sign or name, joined by a range link (the sign written
        again before the high end, as price lists do: the yen sign 1,200 dash the yen sign 1,500): the two
        ends of one range, never two exact figures of which the low one would read as a price of its own.
        Not after a from word (a start and an end), nor two ends the wrong way round."""
        if self._range_heads is not None and self._range_heads.search(text) is None:
            return qs  # no range link anywhere in the sentence
        return _joined_pairs(qs, text, lambda q, nxt: self._sign_range(q, nxt, text))

    def _about_ranges(self, qs: list[Quantity], text: str) -> list[Quantity]:
        """约3万人至约5万人, 近3万人到近5万人, 约2000元——约3000元: two figures of one measure, each behind the same word of
        "about", joined by a range link (or two dashes), are the two ends of one range about (GUIDE value_high,
        qualifier approx), as 约3万人至5万人 is; not after a from word (从约3万人至约5万人: a start and an end), nor two
        ends the wrong way round."""
        if self._range_heads is not None and self._range_heads.search(text) is None:
            return qs  # no range link anywhere in the sentence
        out = _joined_pairs(qs, text, lambda q, nxt: self._about_range(q, nxt, text))
        return [q if q in qs else replace(q, qualifier="approx") for q in out]

    def _about_range(self, q: Quantity, nxt: Quantity, text: str) -> bool:
        """Whether q and nxt are the two ends `_about_ranges` joins: the same word of "about" before each (约3万人至
        约5万人), or after each measure word (3万人左右至5万人左右), and nothing else around the numbers."""
        word = text[q.start:q.num_start]
        after = text[q.num_end + len(q.word):q.end]
        if word:
            same = word == text[nxt.start:nxt.num_start] and q.end == q.num_end + len(q.word)
        else:
            same = bool(after) and nxt.start == nxt.num_start and after == text[nxt.num_end + len(nxt.word):nxt.end]
        return (q.qualifier == nxt.qualifier == "approx" and same
                and q.measure == nxt.measure and q.unit == nxt.unit and q.word == nxt.word
                and q.value_high is None and nxt.value_high is None and 0 < q.value < nxt.value
                and text[q.end:nxt.start] in self.range_marks and not self.after_from(text, q.start))

    def _bounded_ranges(self, qs: list[Quantity], text: str) -> list[Quantity]:
        """3万多人至5万人, 三千余人到五千人, 3万人左右至5万人, 60多岁到70岁: a figure that a bound word after its number
        bounds (多, 余, 以上: at least; 左右, 来: about), 到, 至 or a wave dash (一年多~两年) and the high end in one
        measure, exact, are one range whose low end is bounded (GUIDE value_high; the low end's qualifier), never the
        high end an exact figure of its own beside the low end's. Not after a from word (从3万多人到5万人: a start and
        an end), nor two ends the wrong way round or far apart; a dash there is left to the exclusions
        (dash_after_bounded: the low end alone, as the dash may be the high end's minus). Two spans of time in two
        units so joined (两个多月到半年) give the low end alone, as after a dash."""
        if len(qs) < 2 or not any(w in text for w in self._bounded_links):
            return qs
        out: list[Quantity] = []
        i = 0
        while i < len(qs):
            q = qs[i]
            nxt = qs[i + 1] if i + 1 < len(qs) else None
            if nxt is not None and self._bounded_range(q, nxt, text):
                out.append(Quantity(q.start, nxt.end, text[q.start:nxt.end], q.value, nxt.value, nxt.measure,
                                    nxt.unit, q.qualifier, nxt.how, nxt.word, q.num_start, nxt.num_end))
                i += 2
                continue
            spans = self.lex.durations
            if nxt is not None and q.unit in spans and nxt.unit in spans and q.measure != nxt.measure \
                    and q.value_high is None and nxt.value_high is None and self._bounded_low_end(q, nxt, text):
                # 两个多月到半年, 3个多月至一年: the ends of one span said in two units, as 3个多月-半年 is (exclusions
                # dash_after_bounded): the low end alone, never 0.5 年 exact beside 2 个月 at least
                out.append(q)
                i += 2
                continue
            out.append(q)
            i += 1
        return out

    def _bounded_range(self, q: Quantity, nxt: Quantity, text: str) -> bool:
        """Whether q and nxt are the two ends `_bounded_ranges` joins: q bounded at least or about by a word after its
        number (no word before it), nxt exact and bare of bound words, of one measure (三千多块到五千块钱: 元), a
        range link between."""
        return (self._bounded_low_end(q, nxt, text)
                and (nxt.end == nxt.num_end + len(nxt.word) or nxt.qualifier != "exact")
                and q.how == nxt.how == "measure" and q.measure == nxt.measure and q.unit == nxt.unit
                and q.value_high is None and nxt.value_high is None
                and self.reader.comparable_ends(q.value, nxt.value) and 0 < q.value < nxt.value)

    def _bounded_low_end(self, q: Quantity, nxt: Quantity, text: str) -> bool:
        """Whether q is the low end of a range that a bound word after its number bounds (多, 余, 以上, 左右, 来; no word
        before it), 到, 至 or a wave dash after it and nxt right after that, exact with no word before it (not after a
        from word: 从一年多到两年 names a start and an end); or nxt bounded at least by the same word after its number as
        q (3万余元至5万余元, 一年多到两年多: the range bounded at its low end, never 50000 元 at least alone)."""
        return (q.qualifier in ("lower_bound", "approx") and q.start == q.num_start and nxt.start == nxt.num_start
                and (nxt.qualifier == "exact" or nxt.qualifier == q.qualifier == "lower_bound"
                     and self._bound_after(q, text) == self._bound_after(nxt, text) != "")
                and text[q.end:nxt.start] in self._bounded_links and not self.after_from(text, q.start)
                and not self.changed_to(text, q.start))

    def changed_to(self, text: str, start: int, counted: bool = False) -> bool:
        """Whether a verb of change ends right before `start`, a link of its (了) between or not: 增加1万多人至12万人 is
        a change of 10000 人 at least and the level it reached, 120000 人, never the range 10000–120000 人. With
        `counted`, not where the verb ends a word that counts a level (新增1万人至3万人: new ones, a range of them)."""
        head = text[max(0, start - self._change_reach):start]
        if counted and any(head.endswith(w + link) for w in self._change_not for link in self._change_links):
            return False
        return any(head.endswith(v + link) for v in self._change_verbs for link in self._change_links)

    def _bound_after(self, q: Quantity, text: str) -> str:
        """The infix bound written after q's number: at its end (多 of 3万多人) or after its measure word (多 of 一年多);
        "" where there is none, or a word (以上 of 3万人以上: 3万人以上至5万人以上 stays two figures at least)."""
        if q.num_end > q.num_start and text[q.num_end - 1] in self._infix_chars:
            return text[q.num_end - 1]
        after = text[q.num_end + len(q.word):q.end]
        return after if after in self._infix_chars else ""

    def _sign_range(self, q: Quantity, nxt: Quantity, text: str) -> bool:
        """Whether q and nxt are the two ends `_sign_ranges` joins: of one measure, exact and single, the
        gap a range link (or two dashes) and then the very word written before q, a word that names the
        measure before an amount (￥, $, 人民币, 美元: units.yaml) or a currency."""
        if (q.measure != nxt.measure or q.unit != nxt.unit or q.value_high is not None or nxt.value_high is not None
                or q.qualifier != "exact" or nxt.qualifier != "exact" or not q.value < nxt.value):
            return False
        gap = text[q.end:nxt.start]
        dashes = self.lex.dashes
        cut = 2 if len(gap) > 2 and gap[0] in dashes and gap[1] in dashes else (1 if gap[:1] in self.range_links else 0)
        sign = gap[cut:]
        return (cut > 0 and (sign in self.lex.measure_before or sign in self.lex.currency_names)
                and text.endswith(sign, 0, q.start) and not self.after_from(text, q.start - len(sign)))

    def _tail_range(self, q: Quantity, nxt: Quantity, text: str) -> Quantity | None:
        """The one range q and nxt make (`_tail_ranges`), or None."""
        # a range mark of two dashes too (一年半——两年: the dash typed twice, as 2000元——3000元 is)
        if text[q.end:nxt.start] not in self.range_marks or self.after_from(text, q.start):
            return None
        a, b = self._spoken_as(q, nxt), self._spoken_as(nxt, q)  # 五块六到六块: both yuan
        if (a.measure != b.measure or a.unit != b.unit or a.how != "measure" or b.how != "measure"
                or a.value_high is not None or b.value_high is not None):
            return None
        below = a.value < 0 and b.value < 0
        if not (below or self._tailed(a, text) or self._tailed(b, text)) or not (a.value < b.value or below):
            return None
        low, high = sorted((a.value, b.value))
        # 一米七到一米八几, 约一米七到一米八: an end with a bound or an "about" of its own leaves the range
        # unsure (1.7 to 1.8-and-some is no 1.7–1.8, nor are its ends two figures): none, `_tail_ranges` drops both
        qualifier = "exact" if a.qualifier == b.qualifier == "exact" else "unsure"
        if qualifier == "unsure" and not below and self._bounded_low_end(a, b, text):
            qualifier = a.qualifier  # 一年多到两年半: bounded at its low end, as 3万多人至5万人 is (`_bounded_ranges`)
        return Quantity(a.start, b.end, text[a.start:b.end], low, high, b.measure, b.unit, qualifier, b.how, b.word,
                        a.num_start, b.num_end)

    def _restated(self, qs: list[Quantity], text: str) -> list[Quantity]:
        """叁仟元（3000元）, 3000元(叁仟元): an amount restated in brackets right after itself (the same
        value in the same measure) is one figure, the first; numerals.yaml restate_brackets. So is one a label
        restates after a mark with no bracket (叁仟元整，小写3000.00元: numerals.yaml restate_joins), and one a
        bracket says is included in a bound or not (5万元以内（含5万元）, 不超过100万元（含100万元）: restate_inclusion);
        a bound after that bracket bounds the first (补助3000元（含3000元）以上: 3000 元 at least)."""
        if len(qs) < 2 or not any(b in text for b in self._bracket_opens) and not any(
                w in text for w in self.lex.restate_labels):
            return qs  # a restatement is a second figure right after an opening bracket or a label
        out: list[Quantity] = []
        for q in qs:
            prev = out[-1] if out else None
            same = prev is not None and q.value == prev.value and q.value_high == prev.value_high
            # 3万元至5万元（含5万元）: a bracket of inclusion may name one end of the range before it (no other bracket)
            end = prev is not None and prev.value_high is not None and q.value_high is None \
                and q.value in (prev.value, prev.value_high)
            brackets = next((b for b in self.lex.restate_brackets
                             if self._restating(text, prev.end, q.start, q.end, b, q.measure, included=end)), None) \
                if prev is not None and (same or end) and q.measure == prev.measure and q.unit == prev.unit else None
            if prev is None or brackets is None:
                out.append(q)
                continue
            if end:
                continue  # the range stays as read; a bound after the bracket is left to the next pass
            # the bound right after the restatement's closing bracket (none after a restatement with no bracket)
            after = q.end + len(next((w for w in self._restate_after if text.startswith(w, q.end)), ""))
            shut = after + len(brackets[1]) if text.startswith(brackets[1], after) else -1
            post = max((w for w in self.lex.qual_suffix if shut >= 0 and text.startswith(w, shut)), key=len,
                       default=None)
            if post is not None and prev.qualifier == "exact" and prev.how:
                end = shut + len(post)
                out[-1] = replace(prev, end=end, quote=text[prev.start:end], qualifier=self.lex.qual_suffix[post])
        return out

    def _restating(self, text: str, end: int, start: int, after: int, brackets: str, measure: str,
                   included: bool = False) -> bool:
        """Whether the text between two figures (`end` to `start`) and after the second (from `after`) is an
        opening and a closing bracket around it, each after the word an amount may end in (元整: numerals.yaml
        restate_after) and the opening one before a currency sign of the second's money (伍拾万元整（￥500,000.00）).
        `included`: the second names an end of the first's range, which only a bracket of inclusion restates
        (3万元至5万元（含5万元）; 3万元至5万元（5万元） and a label with no bracket say nothing of the kind)."""
        gap = text[end:start]
        if included:
            inside = gap[1:] if gap.startswith(brackets[0]) else ""
            word = max((w for w in self.lex.restate_inclusion if inside.startswith(w)), key=len, default="")
            sign = self.lex.measure_before.get(inside[len(word):])
            return bool(word) and (inside == word or sign is not None and sign.measure == measure) \
                and text.startswith(brackets[1], after)
        for word in self._restate_after:
            if gap.startswith(word):
                gap = gap[len(word):]
                break
        join = next((j for j in (*self.lex.restate_joins, "") if gap.startswith(j)), "")
        rest = self._unlabelled(gap[len(join):])
        if len(rest) < len(gap) - len(join):
            # no bracket: only a label says the amount is restated (叁仟元整，小写3000元, 壹佰万元整 小写：… with the
            # space the layout drops; 3000元，另付3000元 is two)
            sign = self.lex.measure_before.get(rest)
            return not rest or sign is not None and sign.measure == measure
        if not gap.startswith(brackets[0]):
            return False
        gap = brackets[0] + self._unlabelled(gap[1:], self.lex.restate_inclusion)
        sign = self.lex.measure_before.get(gap[1:])
        if len(gap) > 1 and (sign is None or sign.measure != measure):
            return False
        tail = next((w for w in self._restate_after if text.startswith(w, after)), "")
        return text.startswith(brackets[1], after + len(tail))

    def _unlabelled(self, inside: str, more: tuple[str, ...] = ()) -> str:
        """What opens a restating bracket without the label an invoice writes there (小写：¥ of 伍万元整（小写：¥50000元）,
        大写： of 50000元（大写：伍万元整）): numerals.yaml restate_labels, the longest that opens it; `more`: other words
        a bracket may open with (含 of 5万元以内（含5万元）, inside a bracket only)."""
        label = max((w for w in (*self.lex.restate_labels, *more) if inside.startswith(w)), key=len, default="")
        return inside[len(label):]

    def _marked_bounds(self, qs: list[Quantity], text: str) -> list[Quantity]:
        """3万元(含)以上, 3万元（不含）以下: a bound after a mark that says whether it is included still
        qualifies the figure (qualifiers.yaml suffix_marks); the quote runs on to it."""
        marks = self.lex.qual_suffix_marks
        if not qs or not any(m in text for m in marks):
            return qs  # no mark (含) anywhere in the sentence
        out = list(qs)
        for i, q in enumerate(out):
            mark = next((m for m in marks if text.startswith(m, q.end)), None)
            if mark is None or q.qualifier != "exact" or not q.how:
                continue
            at = q.end + len(mark)
            post = max((w for w in self.lex.qual_suffix if text.startswith(w, at)), key=len, default=None)
            if post is not None:
                out[i] = replace(q, end=at + len(post), quote=text[q.start:at + len(post)],
                                 qualifier=self.lex.qual_suffix[post])
        return out

    def _cents_joined(self, qs: list[Quantity], text: str) -> list[Quantity]:
        """3英镑50便士, 2美元25美分, 10元8毛钱: an amount and, right after it, the hundredths or tenths of
        the same money (a measure word of a smaller scale, less than one of the first's) are one amount,
        3.5 英镑, never two figures (50便士 is no amount of its own there)."""
        out: list[Quantity] = []
        for q in qs:
            prev = out[-1] if out else None
            if prev is not None and q.start == prev.end and q.unit == prev.unit and q.measure == prev.measure \
                    and q.unit in self.money_units and self._unit_of(q.word) == self._unit_of(prev.word) == q.unit \
                    and prev.value_high is None and q.value_high is None and prev.qualifier == q.qualifier == "exact" \
                    and prev.how == q.how == "measure" and prev.value >= 0 and 0 < q.value < self._scale(prev.word) \
                    and self._scale(q.word) < self._scale(prev.word):
                out[-1] = replace(prev, end=q.end, quote=text[prev.start:q.end], value=clean(prev.value + q.value),
                                  word=prev.word, num_end=prev.num_end)
                continue
            out.append(q)
        return out

    def _unit_of(self, word: str) -> str:
        m = self.lex.measures.get(word)
        return m.unit if m is not None else ""

    def _scale(self, word: str) -> float:
        m = self.lex.measures.get(word)
        return m.scale if m is not None else 1.0

    def _bound_across(self, qs: list[Quantity], text: str) -> list[Quantity]:
        """控制在4.5%的目标以内: a suffix bound after words that name what the figure is (的目标, 的范围:
        qualifiers.yaml suffix_through) bounds the figure all the same (at most 4.5 %). The quote stays
        the figure's own, as the words after it name its role."""
        out = list(qs)
        for i, q in enumerate(out):
            if q.qualifier != "exact" or not q.how:
                continue
            word = next((w for w in self._through_words if text.startswith(w, q.end)), None)
            if word is None:
                continue
            bound = next((b for b in self._through_bounds if text.startswith(b, q.end + len(word))), None)
            if bound is not None:
                out[i] = replace(q, qualifier=self.lex.qual_suffix[bound])
        return out


def _digit(lex: Lexicon, ch: str) -> int | None:
    """The worth of one digit, Chinese or Arabic (the 2 of 3亿2、3千万元 as the 二 of 一亿二、三千万元), else None."""
    return lex.digits.get(ch, int(ch) if ch.isascii() and ch.isdigit() else None)


def _joined_pairs(qs: list[Quantity], text: str, pair: Callable[[Quantity, Quantity], bool]) -> list[Quantity]:
    """The figures with each two neighbours that `pair` takes for a range's two ends made one exact range
    (low end's start to high end's end), left to right, a figure joined at most once."""
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        nxt = qs[i + 1] if i + 1 < len(qs) else None
        if nxt is not None and pair(q, nxt):
            out.append(Quantity(q.start, nxt.end, text[q.start:nxt.end], q.value, nxt.value, nxt.measure,
                                nxt.unit, "exact", nxt.how, nxt.word, q.num_start, nxt.num_end))
            i += 2
            continue
        out.append(q)
        i += 1
    return out
