"""What the blind set data/gold/damaged37 found: five texts of our own, each in a form no damaged set used (a note in
reStructuredText; a UTF-16 file with no byte-order mark; SMS notices cut by the carrier into parts of 67 characters;
a Word report whose list marks are Roman numerals of the Number Forms block; a Wikipedia article's wikitext). Blind,
main refused the UTF-16 file as binary, read a citation template's |work= after 千万 as 万 once more (a value of 1e11),
and lost the figures rst's escaped spaces, the carrier's cuts, the Roman marks and the wikitable stood against.
Sentences invented, in the style of such texts.
"""

from __future__ import annotations

import codecs

import pytest

from stats.errors import InputError
from stats.read.decode import decode_bytes, decode_chunks, detect
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run


def _got(extractor: Extractor, text: str, published: str = "2026-02-10") -> set[tuple[float, str, str, str]]:
    """Each figure's value, measure, qualifier and role."""
    return {(f["value"], f["measure"], f["qualifier"], f["role"]) for f in _run(extractor, text, published)}


def _chunked(data: bytes, size: int) -> str:
    """`data` detected and decoded `size` bytes at a time, as a large file is."""
    pieces = [data[i:i + size] for i in range(0, len(data), size)]
    d = detect(lambda: iter(pieces), data[:4096], not data.strip(), "x.txt")
    return "".join(decode_chunks(pieces, d.encoding))


def test_w_before_a_latin_word_is_no_wan(extractor: Extractor) -> None:
    """A citation template's |work= right after 千万 (a wiki's source with its bars dropped) once read 千万 times 万;
    w before a Latin letter starts a word, while 1.5w人次 is still 15000."""
    got = _got(extractor, "全年培训1.5w人次。标题为人次突破千万|work=某某日报|date=2026-01-15")
    assert (15000.0, "人次", "exact", "level") in got
    assert all(v < 1e9 for v, *_ in got)


_U16 = ("某区2025年卫生健康事业发展情况\r\n全区医疗卫生机构实有床位3860张，比上年末增加186张，增长5.1%；"
        "每千常住人口床位5.62张。\r\n全年卫生健康支出12.6亿元。一批项目建成。\r\n")
_U16_WANT = {(3860.0, "张", "exact", "level"), (186.0, "张", "exact", "change"), (5.1, "%", "exact", "change"),
             (5.62, "张", "exact", "level"), (1260000000.0, "元", "exact", "level")}


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_read(extractor: Extractor, encoding: str) -> None:
    """A database tool's "Unicode" export has no byte-order mark: its ASCII characters' NUL bytes all fall on one
    side, so it is read as UTF-16 of that order, with a note, whole and in pieces of an odd size, and every figure is
    found."""
    data = _U16.encode(encoding)
    d = decode_bytes(data, "u16.txt")
    assert (d.encoding, d.text) == (encoding, _U16)
    assert any("byte-order mark" in w for w in d.warnings)
    assert _chunked(data, 37) == d.text
    assert _got(extractor, d.text) == _U16_WANT


def test_binary_files_are_still_refused() -> None:
    """Bytes whose NULs fall on both sides, or Latin-1 control bytes with a NUL after each, are no UTF-16 text."""
    with pytest.raises(InputError, match="NUL bytes"):
        decode_bytes(bytes(range(256)) * 4, "binary.txt")
    with pytest.raises(InputError, match="NUL bytes"):
        decode_bytes(bytes([3, 0, 7, 0, 1, 0, 2, 0] * 64), "ints.txt")
    assert decode_bytes(codecs.BOM_UTF16_LE + _U16.encode("utf-16-le"), "bom.txt").encoding == "utf-16"
