"""Numerals to numbers: Arabic (1,234.5), Chinese (三千四百, 两万六, 一百零五, 二〇二〇, 壹拾贰)
and the two mixed (2万3000, 15万8千, 300万五千).

The tables (which character is which digit, what 万 and 亿 are worth) come from
rules/lexicon/numerals.yaml; this module only knows how positional Chinese numerals
compose. A wrong value is worse than none, so a string that breaks the positional order
(六十百, 三十千, 十三五) is refused rather than guessed at. It never raises on odd input:
anything it cannot read returns None.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from stats.rules.lexicon import Lexicon
from stats.rules.prepared import compiled_re


@dataclass(frozen=True)
class Number:
    value: float
    high: float | None = None  # 三四个: a Chinese two-digit range
    approx: bool = False  # 十几万: a range that 几 stands for

    def __init__(self, value: float, high: float | None = None, approx: bool = False) -> None:
        """The generated one, fields and defaults as declared above, but the instance's dict filled directly.

        Why: a frozen dataclass's generated `__init__` sets each field through `object.__setattr__` (speed40 measured
        about 1,800 instructions a field under callgrind); a number is read for every numeral of a page. Still
        frozen: setting a field afterwards raises as before. (tests/test_frozen_inits.py holds this signature to
        the fields.)"""
        d = self.__dict__
        d["value"] = value
        d["high"] = high
        d["approx"] = approx


# A figure keeps 15 significant digits (quantity.clean rounds to them): a whole number written with more
# (12345678901234567890, 一千万亿零三) would be given as another whole number, so it is given as none. A
# decimal's far digits (10,000,000,000,000.01) are read to those 15 digits, close as a double holds them.
MAX_DIGITS = 15


def too_long(digits: str) -> bool:
    """Whether a whole number written with these digits (commas allowed) holds more significant digits
    than a figure keeps (MAX_DIGITS)."""
    return len(digits) > MAX_DIGITS and "." not in digits and len(digits.replace(",", "").strip("0")) > MAX_DIGITS


def parse_arabic(text: str) -> float | None:
    """1,234.5 → 1234.5; None for what is no finite number (a 400-digit run overflows to inf)."""
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _finite(value: float, high: float | None = None, approx: bool = False) -> Number | None:
    if not math.isfinite(value) or (high is not None and not math.isfinite(high)):
        return None  # 一亿亿亿…亿 overflows
    if abs(value) >= 1e15 and value.is_integer() and float(f"{value:.15g}") != value:
        return None  # 一千万亿零三: more significant digits than a figure keeps (quantity.clean), no sure value
    return Number(value, high, approx)


def _digit_run(digits: str) -> Number | None:
    """A run of digits written one by one (二〇二〇), or None where a figure cannot keep it (too_long)."""
    value = None if too_long(digits) else parse_arabic(digits)
    return None if value is None else _finite(value)


def _digit_char(lex: Lexicon, value: int) -> str | None:
    return next((c for c, v in lex.digits.items() if v == value), None)


def _approx(text: str, lex: Lexicon) -> Number | None:
    """十几万, 二十几: 几 after a ten stands for 1–9; the numeral is that range, approximately. So after a word of
    round tens (廿几 = 21–29, 卅几岁 = 31–39), which is a digit and its ten in one character."""
    mark = lex.approx_digit
    i = text.find(mark)
    one, nine = _digit_char(lex, 1), _digit_char(lex, 9)
    if text.count(mark) != 1 or i == 0 or one is None or nine is None:
        return None
    # or for the digit of a place below a higher place before it (三百几十 = 310–390, 三万几千 = 31000–39000)
    before, after = text[i - 1], text[i + 1:i + 2]
    inner = after in lex.units and (before in lex.sections or lex.units.get(before, 0) > lex.units[after])
    if lex.units.get(before) != 10 and before not in lex.tens and not inner:
        return None
    low = parse_chinese(text[:i] + one + text[i + 1:], lex)
    high = parse_chinese(text[:i] + nine + text[i + 1:], lex)
    if low is None or high is None or low.high is not None or high.high is not None:
        return None
    return _finite(low.value, high.value, approx=True)


def _tokens(text: str, lex: Lexicon) -> list[tuple[str, float]] | None:
    """(kind, value) per piece: d digit, z zero, a Arabic run, u place (十百千), s section (万亿)."""
    out: list[tuple[str, float]] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isascii() and ch.isdigit():
            j = i
            while j < len(text) and text[j].isascii() and text[j].isdigit():
                j += 1
            out.append(("a", float(text[i:j])))
            i = j
            continue
        if ch in lex.digits:
            v = lex.digits[ch]
            out.append(("z" if v == 0 else "d", float(v)))
        elif ch in lex.units:
            out.append(("u", float(lex.units[ch])))
        elif ch in lex.sections:
            out.append(("s", float(lex.sections[ch])))
        elif ch in lex.tens:  # 廿五 = 二十五
            out += [("d", float(lex.tens[ch] // 10)), ("u", 10.0)]
        else:
            return None
        i += 1
    return out


def _positional(tokens: list[tuple[str, float]]) -> float | None:
    """The value of digits, places and sections in descending order, or None when out of order."""
    total = section = 0.0
    number: float | None = None
    kind_of_number = ""
    last_unit: float | None = None  # places descend within a section: 三千四百, not 六十百
    last_section: float | None = None
    prev = ""
    after: tuple[str, float] = ("", 0.0)  # the token right before the number
    for kind, v in tokens:
        if kind in ("d", "a"):
            if prev in ("d", "a"):
                return None  # 十三五: two numbers with no place between
            if kind == "a" and prev == "s" and v >= (last_section or 0):
                return None  # 2万30000: an Arabic section holds less than its section
            number, kind_of_number, after = v, kind, (prev, last_unit or 0.0)
        elif kind == "z":
            if prev in ("d", ""):
                return None  # 一〇五万, 〇五万: digits one by one before a section, never 5万 with the 1 dropped
            if prev == "a" or prev == "u" and v == 0 and last_unit == 10:
                return None  # 二十零一, 十零六: nothing lies between 十 and the ones for a 零 to mark
            number = None
        elif kind == "u":
            if last_unit is not None and v >= last_unit:
                return None
            if number is None and prev and not (prev == "z" and v == 10):
                return None  # 一万千: a place with no digit only heads a numeral (十五, 百余; 一千零十)
            if kind_of_number == "a" and number is not None and number >= 10:
                return None  # 12千
            section += (number if number is not None else 1.0) * v
            last_unit, number, kind_of_number = v, None, ""
        else:  # section
            if prev == "" or prev == "z":
                return None
            if number is not None and number < 10 and (after == ("u", after[1]) and after[1] >= 100
                                                       or kind_of_number == "d" and after[0] == "s"):
                return None  # 三百七万, 3千7万, 三亿五万: 307万 with its 零 left off or 370万 shortened? no sure reading
            section += number or 0.0
            if v >= 1e8:
                total = (total + section) * v
            elif last_section is not None and v >= last_section and section:
                return None  # 三万五万
            elif section == 0 and total:
                if last_section is not None and v < last_section:
                    return None  # 十二亿万: a smaller section right after a larger one (亿万 is "countless")
                total *= v  # 五万万 = 5亿
                v *= last_section or 1.0  # 四万万五千万: the 万 section after 万万 is one below its 亿
            else:
                total += section * v
            last_section, last_unit, number, kind_of_number, section = v, None, None, "", 0.0
        prev = kind
    if number is not None:
        before = tokens[-2] if len(tokens) >= 2 else ("", 0.0)
        if before[0] == "s" and len(tokens) >= 3 and tokens[-3][0] == "s":
            return None  # 四万万五: 4.5亿 shortened, or 400000005? no reading is sure
        if (kind_of_number == "d" and before[0] in ("u", "s") and before[1] >= 100
                or kind_of_number == "a" and number < 10 and before[0] in ("u", "s") and before[1] >= 100):
            number *= before[1] / 10  # 三百五 = 350, 两万六 = 26000, 3万5 = 35000, 3千5 = 3500: the next place down
        elif kind_of_number == "a" and section and last_unit is not None and last_unit > 10 and before[0] != "z":
            return None  # 3千20: an Arabic number after 千 or 百 needs its 零 (3千零20); 1千2百3十4 is sure
    return total + section + (number or 0.0)


def _unsure_after_yi(tokens: list[tuple[str, float]]) -> bool:
    """Whether a numeral ends in a 亿 section and then, with no 零 and no 万, a number of a place or more
    (三亿五千, 3亿5千, 3亿5000, 两亿三百): 300005000 is written 三亿零五千, and 三亿五千(万) with its 万 left off
    is as likely, so no reading is sure. A single digit (三亿五, 3亿5) is the next place down, 3.5亿."""
    k = max((i for i, (kind, _) in enumerate(tokens) if kind == "s"), default=-1)
    size = tokens[k][1] * (tokens[k - 1][1] if k > 0 and tokens[k - 1][0] == "s" else 1.0)  # 万万 is 亿
    if k < 0 or size < 1e8 or k + 1 >= len(tokens):
        return False
    tail = tokens[k + 1:]
    return tail[0][0] != "z" and (any(kind == "u" for kind, _ in tail) or tail[0][0] == "a" and tail[0][1] >= 10)


def _beside_ten(text: str, lex: Lexicon) -> bool:
    """Whether a digit of `ten_not_beside` (两) stands right before or right after the place or the round number
    of ten (十, 拾, 廿): 两十 and 十两万 are no way a number is written (二十, 十二万), so no reading is sure."""
    for i, c in enumerate(text):
        if c in lex.ten_not_beside and any(
                j in range(len(text)) and (lex.units.get(text[j]) == 10 or text[j] in lex.tens) for j in (i - 1, i + 1)):
            return True
    return False


def parse_chinese(text: str, lex: Lexicon) -> Number | None:
    """Positional Chinese numerals (Arabic sections allowed); None for strings that are no
    well-formed numeral.

    A decimal point (八点五, 六点二五) parts the whole from fraction digits read one by one."""
    if not text:
        return None
    if lex.approx_digit and lex.approx_digit in text:
        return _approx(text, lex)
    for point in lex.decimal_points:
        whole, sep, frac = text.partition(point)
        if sep:
            if not frac or any(c not in lex.digits for c in frac):
                return None
            head = parse_chinese(whole, lex)
            if head is None or head.high is not None:
                return None
            fraction = "".join(str(lex.digits[c]) for c in frac)
            if not head.value.is_integer():
                return None
            return _finite(float(f"{head.value:.0f}.{fraction}"))  # 一点八四四 is 1.844, not 1 + 0.844
    digits, sections = lex.digits, lex.sections
    if all(c in digits for c in text):
        if len(text) == 1:
            return Number(float(digits[text]))
        values = [digits[c] for c in text]
        # 三四个, 五六家: two neighbouring digits are an approximate range.
        if len(text) == 2 and (values[1] == values[0] + 1 and values[0] > 0 or text in lex.loose_pairs):
            return Number(float(min(values)), float(max(values)))  # 三两个: said high end first, 2–3 个
        if len(text) == 2:
            return None  # 唯一一家, 五三: no sure reading
        if values[0] == 0:
            return None  # 〇二六, 零零七: a code or a year cut short (二〇二六年 broken before 〇), never a count of 26
        # 二〇二〇: digit by digit, as years are written.
        return _digit_run("".join(str(v) for v in values))
    if text[0] in sections:
        return None  # 万户, 亿元: a magnitude with no number is no numeral
    if len(text) > 1 and text[-1] in lex.place_not_last and (text[-2] in lex.units or text[-2] in sections
                                                             or text[-2] in lex.tens):
        return None  # 二百两, 三千两, 二十两: that many 两 of weight or silver, never 220, 3200 or 22
    if lex.ten_not_beside and _beside_ten(text, lex):
        return None  # 两十, 十两万, 两千零两十: no one writes these (二十, 十二万); a malformed numeral gets no guess
    if lex.units.get(text[0], 0) >= 100 and len(text) > 1 and text[1] not in sections \
            and (text[1] not in digits or text[1] in lex.round_and_smaller or digits[text[1]] == 0):
        return None  # 百八十万, 千八百: a round number and a smaller one (about that many); 百万, 千亿 stay, and so
        # does a place with its one left off before another digit (千五百 = 一千五百 = 1500, 百五十 = 150)
    for i in range(len(text) - 1):
        a, b = text[i], text[i + 1]
        if a in digits and b in digits and (digits[b] == digits[a] + 1 and digits[a] > 0
                                            or i == 0 and a + b in lex.loose_pairs):
            # 七八十, 三四百万, 十七八: neighbouring digits before a place are a range (三五千 too)
            low, high = parse_chinese(text[:i + 1] + text[i + 2:], lex), parse_chinese(text[:i] + text[i + 1:], lex)
            if low is None or high is None or low.high is not None or high.high is not None:
                return None
            return Number(min(low.value, high.value), max(low.value, high.value))  # 三两万: 2万–3万
    tokens = _tokens(text, lex)
    if tokens is None or not any(k in ("u", "s") for k, _ in tokens) or _unsure_after_yi(tokens):
        return None
    value = _positional(tokens)
    return None if value is None else _finite(value)


_SUPERSCRIPTS = {"\u207b": "-", "\u207a": "+", "\u2070": "0", "\u00b9": "1", "\u00b2": "2", "\u00b3": "3",
                 **{chr(0x2070 + d): str(d) for d in range(4, 10)}}


def parse_scientific(text: str, lex: Lexicon) -> Number | None:
    """1.2×10⁴ → 12000, 3.5x10^8 → 350000000, 2×10⁻³ → 0.002: a mantissa, a times sign of the
    lexicon, then 10 to a power written with ^ or in superscript digits; None otherwise."""
    for sign in lex.times_signs:
        mantissa, sep, power = text.partition(sign)
        if not sep:
            continue
        mantissa, power = mantissa.strip(), power.strip()
        if not power.startswith("10") or len(power) < 3:
            return None
        exponent = power[2:]
        exponent = exponent[1:] if exponent[0] == "^" else "".join(_SUPERSCRIPTS.get(c, "?") for c in exponent)
        value = parse_arabic(mantissa)
        try:
            e = int(exponent)
        except ValueError:
            return None
        if value is None or abs(e) > 300:
            return None
        return _finite(float(f"{value * 10.0 ** e:.15g}"))
    return None


_E_NOTATION = compiled_re(r"\d+(?:\.\d+)?[eE][+-]?\d{1,3}")


def parse_number(text: str, lex: Lexicon) -> Number | None:
    """An Arabic or Chinese numeral, or a mix of Arabic digits and Chinese sections (3万4千),
    or an Arabic number in scientific notation (1.2×10⁴, 1.2e5)."""
    if text.isascii() and not text.strip("0123456789,."):  # most numbers: Arabic, read without a scan
        v = parse_arabic(text)
        return None if v is None else Number(v)
    if text.isascii() and _E_NOTATION.fullmatch(text):  # 1.2e5, 3E+8: as computers print them
        v = parse_arabic(text)
        return None if v is None else _finite(float(f"{v:.15g}"))
    text = text.strip()
    if not text:
        return None
    if lex.times_signs and any(s in text for s in lex.times_signs):
        return parse_scientific(text, lex)
    for point in lex.decimal_points:  # 3点5: Arabic digits around a Chinese decimal point
        whole, sep, frac = text.partition(point)
        if sep and whole.isascii() and whole.isdigit() and frac.isascii() and frac.isdigit():
            text = f"{whole}.{frac}"
    if all(c.isdigit() or c in ",." for c in text):
        v = parse_arabic(text)
        return None if v is None else Number(v)
    return parse_chinese(text, lex)


def parse_fraction(text: str, lex: Lexicon) -> Number | None:
    """三分之二 → 2/3, 100分之5 → 0.05: the denominator, the lexicon's fraction word, the
    numerator, each a plain numeral; None for anything else (a range, a zero denominator)."""
    if not lex.fraction_of:
        return None
    if lex.fraction_and and lex.fraction_and in text:
        return _mixed_fraction(text, lex)
    below, sep, above = text.partition(lex.fraction_of)
    if not sep:
        return None
    den, num = parse_number(below, lex), parse_number(above, lex)
    if den is None or num is None or den.high is not None or num.high is not None or den.value == 0:
        return None
    return _finite(float(f"{num.value / den.value:.15g}"))


def _mixed_fraction(text: str, lex: Lexicon) -> Number | None:
    """一又二分之一 → 1.5, 2又1/3 → 2.333…: a whole number, the lexicon's link, then a proper
    fraction (分之, or a/b in Arabic digits, no date once a whole stands before it); None else."""
    head, _, rest = text.partition(lex.fraction_and)
    whole = parse_number(head, lex)
    if whole is None or whole.high is not None or not whole.value.is_integer() or whole.value < 0:
        return None
    num_text, slash, den_text = rest.partition("/")
    if slash:
        if not (num_text.isascii() and num_text.isdigit() and den_text.isascii() and den_text.isdigit()):
            return None
        num, den = float(num_text), float(den_text)
    else:
        below, sep, above = rest.partition(lex.fraction_of)
        d, n = parse_number(below, lex), parse_number(above, lex)
        if not sep or d is None or n is None or d.high is not None or n.high is not None:
            return None
        num, den = n.value, d.value
    if not 0 < num < den:
        return None  # 一又二分之三: no proper fraction, no sure reading
    return _finite(float(f"{whole.value + num / den:.15g}"))
