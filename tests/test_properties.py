"""Properties over generated text (hypothesis): the parsers never raise, numbers round-trip.

The Chinese spellings are produced by a small speller written here, independent of
stats.find.numerals, following how numbers are written in running text: 十五 (not 一十五) at
the head, 零 for each gap (一万零五, 三千零二十), 两 or 二 before 千 and 百, and the
formal digits of receipts and contracts (壹万贰仟).
"""

from __future__ import annotations

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stats.find.numerals import parse_arabic, parse_chinese, parse_number
from stats.find.quantities import QuantityFinder
from stats.repair.layout import repair
from stats.rules.rulefile import load_rules
from stats.run.pipeline import Extractor

from .numwriter import write_section

RULES = load_rules()
LEX = RULES.lexicon
EXTRACTOR = Extractor(RULES)
FINDER = QuantityFinder(LEX)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

PLAIN = {"digits": "零一二三四五六七八九", "units": ("千", "百", "十"), "sections": ("亿", "万")}
FORMAL = {"digits": "零壹贰叁肆伍陆柒捌玖", "units": ("仟", "佰", "拾"), "sections": ("億", "萬")}
NUMERALS = set(PLAIN["digits"] + FORMAL["digits"] + "〇两" + "".join(PLAIN["units"] + FORMAL["units"])
               + "".join(PLAIN["sections"] + FORMAL["sections"]))

# Text that looks like news copy: digits, numerals, magnitudes, measure words, qualifiers,
# layout damage (line breaks, full-width forms, spaces) and the punctuation rules read.
NEWSY = st.text(alphabet=st.sampled_from(list(
    "0123456789.,%万亿千百十一二三四五六七八九零〇两个人元张床位就业余多约近超过以上以下左右第年月日"
    "-~至到 ，。、；：！？\n\r\t１２３４５．％“”《》（）本报讯新华社电记者□●上接下转版增长提高百分点倍成分之每千"
    "\u3000\u2028\x0b\x85\ufeff\ufffd")), max_size=200)
ANY_TEXT = st.one_of(st.text(max_size=100), NEWSY)


def spell_section(n: int, table: dict, two: str, head: bool) -> str:
    """0 < n < 10000 in Chinese: 三千零二十, 十五 at the head of a numeral, 一十五 after a section."""
    units = table["units"]  # 千, 百, 十
    return write_section(n, table["digits"], (units[2], units[1], units[0]), two, head)


def spell(n: int, table: dict = PLAIN, two: str = "二") -> str:
    """0 < n < 10^12 in Chinese numerals: sections of four digits under 亿 and 万, 零 for a gap."""
    parts: list[str] = []
    skipped = False
    for value, word in ((10**8, table["sections"][0]), (10**4, table["sections"][1]), (1, "")):
        section = n // value % 10**4
        if section == 0:
            skipped = skipped or bool(parts)
            continue
        if parts and (skipped or section < 1000):
            parts.append(table["digits"][0])
        parts.append(spell_section(section, table, two, head=not parts) + word)
        skipped = False
    return "".join(parts)


def test_the_speller_writes_what_a_reporter_writes() -> None:
    assert [spell(n) for n in (15, 105, 1020, 10005, 120000, 3_0000_0500, 2_0000_0000_0)] == [
        "十五", "一百零五", "一千零二十", "一万零五", "十二万", "三亿零五百", "二十亿"]
    assert spell(22_2200, two="两") == "二十二万两千两百"
    assert spell(12_3456, FORMAL) == "拾贰萬叁仟肆佰伍拾陆"


@SETTINGS
@given(st.integers(1, 10**12 - 1), st.sampled_from(["PLAIN", "FORMAL"]), st.sampled_from("二两"))
def test_chinese_numerals_round_trip(n: int, style: str, two: str) -> None:
    written = spell(n, PLAIN if style == "PLAIN" else FORMAL, two)
    parsed = parse_chinese(written, LEX)
    assert parsed is not None and parsed.value == n, written


@SETTINGS
@given(st.integers(0, 10**15), st.one_of(st.none(), st.integers(0, 99)))
def test_arabic_numbers_with_thousands_separators_round_trip(n: int, decimals: int | None) -> None:
    written = f"{n:,}" + (f".{decimals:02d}" if decimals is not None else "")
    want = n + (decimals / 100 if decimals is not None else 0)
    assert math.isclose(parse_arabic(written), want, rel_tol=1e-12)
    found = FINDER.find(f"完成投资{written}元，")
    assert [q.quote for q in found] == [f"{written}元"]
    assert math.isclose(found[0].value, want, rel_tol=1e-12)


@SETTINGS
@given(st.integers(1, 10**9), st.booleans())
def test_full_width_digits_are_read_through_the_layout_repair(n: int, grouped: bool) -> None:
    ascii_number = f"{n:,}" if grouped else str(n)
    wide = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in ascii_number)
    page = f"全市共有卫生机构\n{wide}个，比上年增加。"
    text = repair(page).text
    found = FINDER.find(text)
    assert [q.value for q in found] == [n]
    assert found[0].quote == f"{ascii_number}个"


@SETTINGS
@given(ANY_TEXT)
def test_parse_number_never_raises_and_stays_finite(text: str) -> None:
    parsed = parse_number(text, LEX)
    if parsed is not None:
        assert math.isfinite(parsed.value)
        assert parsed.high is None or math.isfinite(parsed.high)


@SETTINGS
@given(ANY_TEXT)
def test_quantity_finder_never_raises_and_quotes_hold_their_number(text: str) -> None:
    for q in FINDER.find(text):
        assert math.isfinite(q.value)
        assert q.quote == text[q.start:q.end]
        assert any(c.isdigit() or c in NUMERALS for c in q.quote), q


@SETTINGS
@given(ANY_TEXT)
def test_extract_text_never_raises_and_every_figure_is_quoted(text: str) -> None:
    res = EXTRACTOR.extract_text(text)
    for f in res.figures:
        assert math.isfinite(f["value"]) and (f["value_high"] is None or math.isfinite(f["value_high"]))
        assert any(c.isdigit() or c in NUMERALS for c in f["quote"]), f
        assert f["quote"] in f["sentence"]
        assert 0 <= f["src_start"] <= f["src_end"] <= len(text)


def test_numbers_too_large_for_a_float_are_no_figures() -> None:
    """Found by the properties above: a 400-digit run or 一亿亿…亿 came out as inf."""
    for text in ("9" * 400, "一" * 400, "一" + "亿" * 50):
        assert parse_number(text, LEX) is None
    assert EXTRACTOR.extract_text("全市新增床位" + "9" * 400 + "张。").figures == []


@SETTINGS
@given(ANY_TEXT)
def test_sentences_tile_a_paragraph_and_end_only_at_sentence_ends(text: str) -> None:
    from stats.split.segment import split_sentences

    spans = split_sentences(text, LEX)
    assert "".join(text[s:e] for s, e in spans) == text  # nothing lost, nothing twice, in order
    assert all(s < e for s, e in spans)
    for s, e in spans[:-1]:  # every sentence but the last ends at a sentence end (and its closing marks)
        body = text[s:e].rstrip(LEX.sentence_end + "”’」』）)】》")
        assert body != text[s:e] and not any(c in LEX.sentence_end for c in body)


def test_a_line_of_table_bars_alone_is_a_gap_not_a_crash() -> None:
    """Found by the properties above: bars fold to gaps between cells, so a line of bars alone had no text."""
    assert EXTRACTOR.extract_text("|").figures == []
    res = EXTRACTOR.extract_text("全年新增床位320张\n｜ |\n城镇新增就业1.2万人")
    assert [f["quote"] for f in res.figures] == ["320张", "1.2万人"]
