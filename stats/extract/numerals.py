"""Numerals to numbers: Arabic (1,234.5) and Chinese (三千四百, 两万, 一百零五, 二〇二〇).

The tables (which character is which digit, what 万 and 亿 are worth) come from
rules/lexicon/numerals.yaml; this module only knows how positional Chinese numerals
compose. It never raises on odd input: anything it cannot read returns None.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from stats.rules.lexicon import Lexicon


@dataclass(frozen=True)
class Number:
    value: float
    high: float | None = None  # 三四个: a Chinese two-digit range


def parse_arabic(text: str) -> float | None:
    """1,234.5 → 1234.5; None for what is no finite number (a 400-digit run overflows to inf)."""
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def parse_chinese(text: str, lex: Lexicon) -> Number | None:
    """Positional Chinese numerals; None for strings that are no well-formed numeral.

    A decimal point (八点五, 六点二五) parts the whole from fraction digits read one by one."""
    if not text:
        return None
    for point in lex.decimal_points:
        whole, sep, frac = text.partition(point)
        if sep:
            if not frac or any(c not in lex.digits for c in frac):
                return None
            head = parse_chinese(whole, lex)
            if head is None or head.high is not None:
                return None
            value = head.value + float("0." + "".join(str(lex.digits[c]) for c in frac))
            return Number(value) if math.isfinite(value) else None
    digits, units, sections = lex.digits, lex.units, lex.sections
    if all(c in digits for c in text):
        if len(text) == 1:
            return Number(float(digits[text]))
        values = [digits[c] for c in text]
        # 三四个, 五六家: two neighbouring digits are an approximate range.
        if len(text) == 2 and values[1] == values[0] + 1 and values[0] > 0:
            return Number(float(values[0]), float(values[1]))
        # 二〇二〇: digit by digit, as years are written.
        value = float("".join(str(v) for v in values))
        return Number(value) if math.isfinite(value) else None
    if text[0] in sections:
        return None  # 万户, 亿元: a magnitude with no number is no numeral
    for i in range(len(text) - 1):
        a, b = text[i], text[i + 1]
        if a in digits and b in digits and digits[b] == digits[a] + 1 and digits[a] > 0:
            # 七八十, 三四百万, 十七八: neighbouring digits before a place are a range
            low, high = parse_chinese(text[:i + 1] + text[i + 2:], lex), parse_chinese(text[:i] + text[i + 1:], lex)
            if low is None or high is None or low.high is not None or high.high is not None:
                return None
            return Number(low.value, high.value)
    total = 0.0
    section = 0.0
    number: float | None = None
    prev_digit = False
    for ch in text:
        if ch in digits:
            d = digits[ch]
            if prev_digit and number not in (None, 0) and d != 0:
                return None  # 十三五: two digits with no place between
            number = float(d)
            prev_digit = True
        elif ch in units:
            section += (number if number else 1.0) * units[ch]
            number, prev_digit = None, False
        elif ch in sections:
            section += number or 0.0
            value = sections[ch]
            if value >= 1e8:
                total = (total + section) * value
            elif section == 0 and total:
                total *= value
            else:
                total += section * value
            section, number, prev_digit = 0.0, None, False
        else:
            return None
    value = total + section + (number or 0.0)
    return Number(value) if math.isfinite(value) else None  # 一亿亿亿…亿 overflows


def parse_number(text: str, lex: Lexicon) -> Number | None:
    """An Arabic or Chinese numeral, or a mix of Arabic digits and Chinese sections (3万4千)."""
    text = text.strip()
    if not text:
        return None
    if text[0].isdigit():
        v = parse_arabic(text)
        return None if v is None else Number(v)
    return parse_chinese(text, lex)
