"""Bytes to text for one source file: pick the encoding, refuse what is not text, report damage.

Real corpora hold UTF-8 and GB18030/GBK files side by side, plus the odd UTF-16 export,
truncated download, PDF saved as .txt or Big5 page. GB18030 accepts almost any byte
string, so "it decoded" proves little: a UTF-8 file cut in the middle of a character
must stay UTF-8 (with the broken tail replaced), and a Big5 file that happens to decode
as GB18030 must be refused rather than extracted as mojibake. Every refusal names what
the file seems to be and what to do; every repair is returned as a warning the pipeline
records in the `errors` table.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from .errors import InputError

CONVERT = "convert it to UTF-8, e.g. iconv -f BIG5 -t UTF-8 FILE > FILE.utf8.txt"

# Files that are not text at all, recognised by their first bytes, with what to do.
_MAGIC = (
    (b"%PDF", "a PDF file", "extract its text first, e.g. pdftotext -layout FILE.pdf FILE.txt"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)", "unpack it or save the document as plain text"),
    (b"\x1f\x8b", "a gzip-compressed file", "decompress it first (gunzip)"),
    (b"\x89PNG", "a PNG image", "stats reads plain-text .txt files"),
    (b"\xff\xd8\xff", "a JPEG image", "stats reads plain-text .txt files"),
    (b"GIF8", "a GIF image", "stats reads plain-text .txt files"),
    (b"{\\rtf", "an RTF document", "save it as plain text (UTF-8)"),
)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# Below this share of common Chinese characters, a GB18030 reading is mojibake: real GBK
# news text scores above 0.99, Big5 read as GB18030 about 0.5.
_PLAUSIBLE = 0.9
# An undecodable byte run is marked with a lone surrogate, which no clean decoding yields,
# so damage can be counted and located, then shown as U+FFFD.
_MARK = "\udc00"
_MARK_HANDLER = "stats-mark"
codecs.register_error(_MARK_HANDLER, lambda exc: (_MARK, exc.end))


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # utf-8, utf-8-sig, utf-16, gb18030
    warnings: tuple[str, ...] = ()


def _common_chinese(ch: str) -> bool:
    if 0x4E00 <= ord(ch) <= 0x9FFF:  # CJK Unified Ideographs
        return True
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def plausible_chinese(text: str, sample: int = 20_000) -> float:
    """Share of non-ASCII characters that are common Chinese (1.0 when there are too few to judge)."""
    wide = [c for c in text[:sample] if ord(c) > 127]
    if len(wide) < 8:
        return 1.0
    return sum(map(_common_chinese, wide)) / len(wide)


def _marked(data: bytes, encoding: str) -> str:
    """Decode, each undecodable byte run becoming _MARK (no valid decoding yields a lone surrogate)."""
    return data.decode(encoding, errors=_MARK_HANDLER)


def _repairable(text: str) -> bool:
    """Damage is rare next to the text around it: at most one bad run per 20 wide characters."""
    bad = text.count(_MARK)
    wide = sum(1 for c in text if ord(c) > 127) - bad
    return bad * 20 <= wide


def _where(text: str) -> str:
    pos = text.index(_MARK)
    return f"line {text.count(chr(10), 0, pos) + 1}"


def _not_text(data: bytes, path: str) -> None:
    for magic, what, hint in _MAGIC:
        if data.startswith(magic):
            raise InputError(path, f"not a text file: {what}", hint)
    if b"\x00" in data[:4096]:
        raise InputError(path, "binary file (NUL bytes)",
                         "stats reads plain-text .txt files; if this is UTF-16 text without a BOM, "
                         "convert it: iconv -f UTF-16LE -t UTF-8")


def _cut_utf8(data: bytes) -> int:
    """How many bytes of a multi-byte UTF-8 character the end of the file cuts off (0: not cut)."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.end == len(data):
            return len(data) - exc.start
    return 0


def decode_bytes(data: bytes, path: str) -> Decoded:
    """The text of a file; InputError (with a remedy) when it is empty, binary or in no known encoding.

    Order matters: UTF-8 first, then UTF-8 with a cut-off last character or rare damage
    (GB18030 would read that file "cleanly" as mojibake), then GB18030, which must look
    like Chinese, then GB18030 with rare damage.
    """
    if data.startswith(_UTF16_BOMS):
        return _read(data, "utf-16", path)
    if not data.strip():
        raise InputError(path, "empty file", "nothing to extract; remove it or fill it")
    _not_text(data, path)
    utf8 = "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8"
    try:
        return _nonempty(Decoded(data.decode(utf8), utf8), path)
    except UnicodeDecodeError:
        pass
    cut = _cut_utf8(data)
    if cut:
        text = _marked(data, utf8)
        if text.count(_MARK) == 1:
            warning = (f"truncated file: it ends in the middle of a character; the last {cut} byte(s) were "
                       "replaced with U+FFFD and the rest was extracted (download the file again if text is missing)")
            return _nonempty(Decoded(text.replace(_MARK, "\ufffd"), utf8, (warning,)), path)
    text = _marked(data, utf8)
    if _repairable(text):
        return _repaired(text, utf8, path)
    try:
        gb = data.decode("gb18030")
    except UnicodeDecodeError:
        gb = _marked(data, "gb18030")
        if not _repairable(gb) or plausible_chinese(gb) < _PLAUSIBLE:
            raise InputError(path, "cannot decode as UTF-8 or GB18030/GBK", CONVERT) from None
        return _repaired(gb, "gb18030", path)
    share = plausible_chinese(gb)
    if share < _PLAUSIBLE:
        raise InputError(path, f"not UTF-8, and read as GB18030/GBK only {share:.0%} of its characters are "
                         "common Chinese (Big5 or another encoding?)", CONVERT)
    return _nonempty(Decoded(gb, "gb18030"), path)


def _read(data: bytes, encoding: str, path: str) -> Decoded:
    text = _marked(data, encoding)
    if _MARK not in text:
        return _nonempty(Decoded(text, encoding), path)
    if not _repairable(text):
        raise InputError(path, f"cannot decode as {encoding.upper()} although it starts with its byte-order mark",
                         CONVERT)
    return _repaired(text, encoding, path)


def _repaired(text: str, encoding: str, path: str) -> Decoded:
    warning = (f"damaged text: {text.count(_MARK)} undecodable byte sequence(s) in {encoding} (first on "
               f"{_where(text)}) were replaced with U+FFFD and the rest was extracted (check or re-convert the file)")
    return _nonempty(Decoded(text.replace(_MARK, "\ufffd"), encoding, (warning,)), path)


def _nonempty(decoded: Decoded, path: str) -> Decoded:
    if not decoded.text.strip():
        raise InputError(path, "empty file (only a byte-order mark or blank characters)",
                         "nothing to extract; remove it or fill it")
    return decoded
