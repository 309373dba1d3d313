"""Any number written out in Chinese reads back to itself (hypothesis), alone and in a sentence.

The writer below is this test's own, independent of stats.find.numerals: it writes an
integer or a decimal the ways Chinese text does — 二 or 两 (兩) before a place, 零 for each
gap (一万零五, 三千零二十), a shortened trailing place (三百五, 两万六, 一亿二), Arabic
sections mixed with Chinese ones (2万3000, 15万8千, 300万五千, 1亿2000万), 万 and 亿
nesting, the financial digits of receipts (壹万贰仟) and traditional characters (萬, 億, 點).
"""

from __future__ import annotations

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stats.find.numerals import parse_number
from stats.rules.rulefile import load_rules
from stats.run.pipeline import Extractor

from .numwriter import write_section

RULES = load_rules()
LEX = RULES.lexicon
EXTRACTOR = Extractor(RULES, all_verdicts=False)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

STYLES = {
    # digits 0-9, places 十百千, sections 万亿, the ways of writing 2 before a place, the decimal point
    "plain": ("零一二三四五六七八九", "十百千", "万亿", "二两", "点"),
    "formal": ("零壹贰叁肆伍陆柒捌玖", "拾佰仟", "万亿", "贰", "点"),
    "formal_trad": ("零壹貳參肆伍陸柒捌玖", "拾佰仟", "萬億", "貳", "點"),
    "trad": ("零一二三四五六七八九", "十百千", "萬億", "二兩", "點"),
}


def section_of(v: int, style: str, two: int, head: bool) -> str:
    """0 < v < 10000: 三千零二十, 十五 (or 一十五) at the head, 零 for a gap."""
    digits, places, _, twos, _ = STYLES[style]
    return write_section(v, digits, places, twos[two % len(twos)], head, lambda: style in ("plain", "trad"))


def write(n: int, style: str = "plain", two: int = 0, head: bool = True) -> str:
    """0 < n < 10^16: sections of four digits under 亿 and 万, 零 where a section or a place is
    skipped, 亿 counted in 万 (一万二千亿); two=1 writes 两 (兩) for a 2 before a place or a
    section, two=0 writes 二."""
    digits, _, sections, twos, _ = STYLES[style]
    if n >= 10**8:
        high, rest = divmod(n, 10**8)
        out = write(high, style, two, head) + sections[1]
        if rest:
            out += (digits[0] if rest < 10**7 else "") + write(rest, style, two, head=False)
        return out
    parts: list[str] = []
    gap = False
    for value, word in ((10**4, sections[0]), (1, "")):
        section = n // value % 10**4
        if section == 0:
            gap = gap or bool(parts)
            continue
        if parts and (gap or section < 1000):
            parts.append(digits[0])
        written = (twos[two % len(twos)] if section == 2 and word
                   else section_of(section, style, two, head and not parts))
        parts.append(written + word)  # 两万, 兩萬
        gap = False
    return "".join(parts)


def shorten(written: str, style: str) -> str | None:
    """三百五十 → 三百五, 两万六千 → 两万六, 一亿二千万 → 一亿二: the last place dropped where it is
    the one right below the place before its digit; None where the number has no such form (a last digit 两 is
    spoken 二: 九千二, while 九千两 is nine thousand 两 of weight, no number)."""
    digits, places, sections, _, _ = STYLES[style]
    below = {places[2]: places[1], places[1]: places[0], sections[0]: places[2], sections[1]: places[2] + sections[0]}
    for upper, lower in below.items():
        if written.endswith(lower) and len(written) > len(lower) + 1:
            digit, before = written[-len(lower) - 1], written[-len(lower) - 2]
            if before == upper and digit != digits[0] and digit in digits:
                return written[:-len(lower)]
    return None


def mixed(n: int) -> str | None:
    """Arabic sections with Chinese section words: 2万3000, 15万8千, 300万五千, 1亿2000万."""
    yi, wan, low = n // 10**8, n // 10**4 % 10**4, n % 10**4
    if yi:
        if low or not 100 <= wan:
            return None
        return f"{yi}亿{wan}万"
    if not wan or not low:
        return None
    if low >= 100:
        return f"{wan}万{low}"
    return f"{wan}万零{write(low)}"


NUMBERS = st.integers(1, 10**15)  # exact in a double; 万亿 and 亿亿 nesting


@SETTINGS
@given(NUMBERS, st.sampled_from(sorted(STYLES)), st.integers(0, 1))
def test_written_integers_read_back(n: int, style: str, two: int) -> None:
    written = write(n, style, two)
    parsed = parse_number(written, LEX)
    assert parsed is not None and parsed.value == n and parsed.high is None, written


@SETTINGS
@given(NUMBERS, st.sampled_from(sorted(STYLES)), st.integers(0, 1))
def test_shortened_trailing_places_read_back(n: int, style: str, two: int) -> None:
    # keep only the two leading digits, so that the number ends in a place that can be dropped
    digits = len(str(n))
    n = n // 10 ** max(digits - 2, 0) * 10 ** max(digits - 2, 0)
    short = shorten(write(n, style, two), style)
    if short is None:
        return
    parsed = parse_number(short, LEX)
    assert parsed is not None and parsed.value == n, short


@SETTINGS
@given(st.integers(10_000, 10**12 - 1))
def test_mixed_arabic_sections_read_back(n: int) -> None:
    written = mixed(n)
    if written is None:
        return
    found = EXTRACTOR.extract_text(f"合同金额{written}元。").figures
    assert [(f["quote"], f["value"]) for f in found] == [(f"{written}元", n)]


@SETTINGS
@given(st.integers(0, 999), st.integers(1, 999), st.sampled_from(sorted(STYLES)))
def test_written_decimals_read_back(whole: int, frac: int, style: str) -> None:
    digits, *_, point = STYLES[style]
    fraction = str(frac).rstrip("0")
    written = (write(whole, style) if whole else digits[0]) + point + "".join(digits[int(c)] for c in fraction)
    want = float(f"{whole}.{fraction}")
    parsed = parse_number(written, LEX)
    assert parsed is not None and math.isclose(parsed.value, want), written
    found = EXTRACTOR.extract_text(f"占比为百分之{written}。").figures
    assert [f["value"] for f in found] == [parsed.value] and found[0]["measure"] == "%", written


@SETTINGS
@given(st.integers(10, 10**12 - 1), st.sampled_from(sorted(STYLES)), st.integers(0, 1), st.booleans())
def test_numbers_in_a_sentence_read_back(n: int, style: str, two: int, short: bool) -> None:
    written = write(n, style, two)
    if short:
        n = n // 10 ** max(len(str(n)) - 2, 0) * 10 ** max(len(str(n)) - 2, 0)
        written = shorten(write(n, style, two), style) or write(n, style, two)
    found = EXTRACTOR.extract_text(f"共有{written}人").figures
    assert [(f["quote"], f["value"], f["measure"]) for f in found] == [(f"{written}人", n, "人")]


def test_the_writer_writes_what_a_reporter_writes() -> None:
    assert [write(n) for n in (15, 105, 1020, 10005, 26000, 3_0000_0500)] == [
        "十五", "一百零五", "一千零二十", "一万零五", "二万六千", "三亿零五百"]
    assert write(22_2200, "plain", 1) == "二十二万两千两百"
    assert write(12_3456, "formal") == "壹拾贰万叁仟肆佰伍拾陆"
    assert write(2_0003, "trad", 1) == "兩萬零三"
    assert write(1_2000_0000_0000) == "一万二千亿" and write(3_0000_0000_0015) == "三万亿零一十五"
    assert [shorten(write(n), "plain") for n in (350, 26000, 1_2000_0000, 305)] == ["三百五", "二万六", "一亿二", None]
    assert [mixed(n) for n in (23000, 158000, 10200, 3005000, 1_2000_0000)] == [
        "2万3000", "15万8000", "1万200", "300万5000", "1亿2000万"]
