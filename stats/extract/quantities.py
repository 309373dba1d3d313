"""Find quantities in a sentence: number, magnitude, measure word and qualifier, with values.

One compiled pattern per lexicon scans for every place a numeral can start. The word
lists (measure words, magnitudes, qualifiers) are spliced in from rules/lexicon with the
`regex` module's named lists, so this module holds grammar, not vocabulary. A match with
no measure word after it is kept only where the lexicon says what it counts: a unit
written once for several numbers (分别提高2.1个、0.7个百分点), a unit named before the
number (接待游客人次1.3亿), or a bare count of people (12万余外出务工人员).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace

import regex

from stats.rules.lexicon import Lexicon, Measure

from .numerals import parse_number

_ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"


def _clean(v: float) -> float:
    """18.6亿 is 1860000000, not 1860000000.0000002: drop binary noise past 15 digits.

    15, not fewer: a double holds 15 significant digits exactly, and 100,000,000,000.10元
    has 14 that matter."""
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


class QuantityFinder:
    """Compiled once per lexicon; `find(sentence)` is the hot path."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        cn_chars = "".join(regex.escape(c) for c in {**lex.digits, **lex.units, **lex.sections})
        cn_digits = "".join(regex.escape(c) for c in lex.digits)
        points = "|".join(map(regex.escape, lex.decimal_points))
        fraction = rf"(?:(?:{points})[{cn_digits}]+)?" if points else ""
        num = rf"(?:{_ARABIC}|[{cn_chars}]+{fraction})"
        mag = "|".join(
            regex.escape(m.word) + (f"(?!{'|'.join(map(regex.escape, m.not_before))})" if m.not_before else "")
            for m in lex.magnitudes
        )
        self.magnitudes = {m.word: m.value for m in lex.magnitudes}
        # Every match holds a number, so a digit or a numeral character of the lexicon: one
        # character class tells a sentence without any from the rest before the grammar runs.
        numeral_chars = {*lex.digits, *lex.units, *lex.sections, *"".join(self.magnitudes)}
        self._candidate = regex.compile(rf"[\d{''.join(regex.escape(c) for c in sorted(numeral_chars))}]")
        pattern = rf"""
            (?<![\d.,A-Za-z\-–—/+])
            (?P<pre>\L<qpre>)?
            (?P<pct>\L<pctpre>)?
            (?P<neg>\L<minus>)?
            (?P<n1>{num})(?P<m1>{mag})?
            (?:(?P<u1>\L<measures>)?(?P<sep>\L<seps>)(?P<neg2>\L<minus>)?(?P<n2>{num})(?P<m2>{mag})?)?
            (?P<inf>\L<qinf>)?(?P<m3>{mag})?
            (?P<meas>\L<measures>)?
            (?P<post>\L<qpost>)?
        """
        self.pattern = regex.compile(
            pattern,
            regex.VERBOSE,
            qpre=list(lex.qual_prefix) or ["\x00"],
            pctpre=list(lex.percent_prefix) or ["\x00"],
            measures=list(lex.measures),
            qinf=list(lex.qual_infix) or ["\x00"],
            qpost=list(lex.qual_suffix) or ["\x00"],
            seps=lex.range_separators or ["\x00"],
            minus=lex.minus_signs or ["\x00"],
        )
        people = "|".join(map(regex.escape, sorted(lex.people_nouns, key=len, reverse=True)))
        self.people = regex.compile(rf"\p{{Han}}{{0,{lex.people_gap}}}?(?:{people})") if people else None

    def may_hold(self, text: str) -> bool:
        """False only for text in which the grammar can find nothing (a cheap scan before it)."""
        return self._candidate.search(text) is not None

    # -- parsing one match -------------------------------------------------

    def _value(self, num: str, mag: str | None) -> tuple[float, float | None] | None:
        parsed = parse_number(num, self.lex)
        if parsed is None:
            return None
        factor = self.magnitudes.get(mag, 1.0) if mag else 1.0
        high = parsed.high * factor if parsed.high is not None else None
        if not math.isfinite(parsed.value * factor):
            return None  # a huge digit run times 万亿: no figure, not inf
        return parsed.value * factor, high

    def _measure_ok(self, m: Measure, text: str, end: int) -> bool:
        return not any(text.startswith(w, end) for w in m.not_before)

    def _from_match(self, mt: regex.Match[str], text: str, g: dict[str, str | None] | None = None) -> Quantity | None:
        lex = self.lex
        g = g if g is not None else mt.groupdict()  # one call: a match is read some thirty times below
        n1, n2 = g["n1"], g["n2"]
        m1, m2 = g["m1"], g["m2"]
        lone = lex.sections.get(n1) or self.magnitudes.get(n1)
        if lone and not n2 and (g["pre"] or g["inf"]):
            # 万余名, 近万人, 突破万亿元: a lone magnitude that a qualifier bounds counts one of it
            # (bare 万户, 上万 or 万亿级 are no figures: exclusions.yaml drops them, or they parse to none)
            first: tuple[float, float | None] | None = (float(lone) * self.magnitudes.get(m1 or "", 1.0), None)
        else:
            first = self._value(n1, m1 or m2)
        if first is None:
            return None
        value, high = first
        if g["neg"]:  # 自然增长率-0.9‰: a sign, not a dash (a dash after a digit is a range)
            value = -value
        if n2:
            second = self._value(n2, m2 or m1)
            if second is None:
                return None
            high = -second[0] if g["neg2"] else second[0]
        if g["m3"]:  # 300多万人: the magnitude after the qualifier
            factor = self.magnitudes[g["m3"]]
            value, high = value * factor, (high * factor if high is not None else None)
        meas_word, end = g["meas"], mt.end("meas")
        post = g["post"]
        measure = lex.measures.get(meas_word) if meas_word else None
        if measure and not self._measure_ok(measure, text, end):
            measure, post = None, None
        if g["pct"]:
            measure = lex.percent_prefix[g["pct"]]
        u1 = g["u1"]
        if u1 and measure and lex.measures[u1].unit != measure.unit:
            return None  # 10%-15个: not one range
        if measure is None or not meas_word:
            end = max(mt.end(k) for k in ("n1", "m1", "n2", "m2", "inf", "m3") if g[k])
        if measure is None:
            post = None
        elif post:
            end = mt.end("post")
        scale = measure.scale if measure else 1.0
        qualifier = (
            lex.qual_prefix.get(g["pre"] or "")
            or lex.qual_infix.get(g["inf"] or "")
            or lex.qual_suffix.get(post or "")
            or "exact"
        )
        start = mt.start()
        pre = g["pre"]
        if pre and text[start - 1:start] in self.lex.qual_prefix_not_after.get(pre, ()) and start > 0:
            start = mt.end("pre")  # 签约23个: 约 ends the word before, it qualifies nothing
            qualifier = (lex.qual_infix.get(g["inf"] or "") or lex.qual_suffix.get(post or "")
                         or "exact")
        return Quantity(
            start=start,
            end=end,
            quote=text[start:end],
            value=_clean(value * scale),
            value_high=_clean(high * scale) if high is not None else None,
            measure=measure.measure if measure else "",
            unit=measure.unit if measure else "",
            qualifier=qualifier,
            how="measure" if measure else "",
            word=meas_word if measure and meas_word else "",
            num_start=next(mt.start(k) for k in ("pct", "neg", "n1") if g[k]),
            num_end=max(mt.end(k) for k in ("n1", "m1", "n2", "m2", "inf", "m3") if g[k]),
        )

    # -- bare numbers --------------------------------------------------------

    def _measure_before(self, q: Quantity, text: str) -> Quantity | None:
        for link in (*self.lex.measure_before_links, ""):
            head = q.num_start - len(link)
            if link and not text.startswith(link, head):
                continue
            for word, m in self.lex.measure_before.items():
                if text.startswith(word, head - len(word)):
                    return replace(q, measure=m.measure, unit=m.unit, how="measure_before")
        return None

    def _people(self, q: Quantity, text: str, has_round: bool) -> Quantity | None:
        if self.people is None or not has_round:
            return None
        if self.people.match(text, q.end):
            pm = self.lex.people_measure
            return replace(q, measure=pm.measure, unit=pm.unit, word="", how="people")
        return None

    def find(self, text: str, blocked: Callable[[Quantity], bool] | None = None) -> list[Quantity]:
        """Quantities of one sentence; `blocked` marks those an exclusion drops, so that a bare
        number never borrows the measure word of a date or a name (二、2023年)."""
        found: list[tuple[Quantity, bool]] = []
        for mt in self.pattern.finditer(text):
            g = mt.groupdict()  # read once, here and in _from_match
            q = self._from_match(mt, text, g)
            if q is not None:
                has_round = bool(g["m1"] or g["m2"] or g["inf"] or g["m3"]) or any(
                    c in self.lex.sections for c in g["n1"])
                found.append((q, has_round))
        out: list[Quantity] = []
        for i, (q, has_round) in enumerate(found):
            if q.how:
                out.append(q)
                continue
            nxt = found[i + 1][0] if i + 1 < len(found) else None
            if nxt is not None and nxt.how and self.linked(text, q.end, nxt.start) and not (
                    blocked and blocked(nxt)):
                out.append(replace(q, measure=nxt.measure, unit=nxt.unit, word=nxt.word, how="elided"))
                continue
            named = self._measure_before(q, text) or self._people(q, text, has_round)
            if named is not None:
                out.append(named)
        return self._elide_partial(out, text)

    def linked(self, text: str, end: int, start: int) -> bool:
        return text[end:start] in self.lex.list_links

    def _elide_partial(self, qs: list[Quantity], text: str) -> list[Quantity]:
        """分别提高2.1个、0.7个百分点: 2.1个 takes the measure written once after 0.7个."""
        out = list(qs)
        for i in range(len(out) - 2, -1, -1):
            q, nxt = out[i], out[i + 1]
            if (self.linked(text, q.end, nxt.start) and q.word and nxt.word != q.word
                    and nxt.word.startswith(q.word)):
                out[i] = replace(q, measure=nxt.measure, unit=nxt.unit, word=nxt.word, how="elided")
        return out
