"""A file whose lines are in two encodings at once: GB18030/GBK lines and UTF-8 lines side by side.

A mail client's local folder (an mbox file: Thunderbird's Inbox, a mail archive exported whole) keeps each mail's
bytes as they came, its text part sent 8bit in whatever charset its header names: a report from Foxmail in GB2312
and a reply from a phone in UTF-8 stand in one file. So do files put together from parts (a text pasted from two
sources into an editor that saves bytes as they are, `cat a.txt b.txt`). Neither codec reads the whole: as UTF-8
every GB line is undecodable, and as GB18030 every UTF-8 line is mojibake (收到 reads 鏀跺埌) whose bytes pair up
across the ASCII between them, so that a figure's digits are read into a four-byte sequence or stand among wrong
words (公益性岗位428个 reads 鍏嗘�у矖浣�428涓).

So where a file is no UTF-8, not even UTF-8 with rare damage (its reading goes on to GB18030), but some of its lines
decode as UTF-8 into Chinese (`_CHINESE_LINE`: at least `_LINE_WIDE` wide characters, nearly all Han or CJK marks)
and hold at least `_UTF8_WIDE` wide characters between them, each line is read by itself: as UTF-8 where it decodes
so, else as GB18030. GBK bytes seldom decode as UTF-8 at all, and where a short run does (元 is D4 AA, a valid
two-byte sequence) it reads as Latin, Cyrillic or Greek letters: a line of GBK Han text that decodes as UTF-8 Han
text would need every character's bytes to fall as a three-byte sequence does, so a GBK file has no such lines and
is read as before. The lines are re-encoded as UTF-8 (a byte transform over the
file's chunks, a line a chunk's end cuts waiting for the next), and the file read so.

The other way round, a file that is UTF-8 but for a few lines in GBK (a report put together from its parts, one of
them sent from an old Windows machine and pasted or `cat`-ed in as its bytes came) has too few bad bytes to be
taken for anything but UTF-8 with rare damage; read so, those lines lose every Han character to U+FFFD and their
figures stand among them with no word around. So where the UTF-8 reading of such a file has damage, each line it
cannot decode is judged (`gbk_lines`): a line of GBK Han text read as UTF-8 breaks on nearly every character (more
bad runs than wide characters that do decode), while it reads as GB18030 with no bad byte, all common Chinese
(`_GB_SHARE` of its wide characters in GB2312's set); a UTF-8 line with a byte broken in transit breaks once
among many characters that decode, and read as GB18030 it is mojibake, half of whose characters fall outside
GB2312. Only where every undecodable line is such a GBK line is the file read a line at a time (`lines_recoded`);
else its damage is repaired as before.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .transfer import gb2312_char, whole_lines

MIXED_PREFIX = "gb18030-utf-8-lines/"  # a Decoding's encoding: lines of GB18030 and UTF-8, read as the one after it
_UTF8_WIDE = 8  # the fewest wide characters in lines that decode as UTF-8 to read a GB18030 file line by line
_LINE_WIDE = 4  # the fewest wide characters of a line that decodes as UTF-8 to count it
_CHINESE_LINE = 0.9  # the least share of a counted line's wide characters that are Han or CJK marks
_GB = "gb18030"
_GB_SHARE = 0.9  # the least share of a GBK line's wide characters (read as GB18030) that GB2312 codes


def _han(ch: str) -> bool:
    """A Han character (the unified block and extension A), a CJK mark or a full-width form."""
    return 0x4E00 <= ord(ch) <= 0x9FFF or 0x3400 <= ord(ch) <= 0x4DBF or 0x3000 <= ord(ch) <= 0x303F or (
        0xFF00 <= ord(ch) <= 0xFFEF)


def _utf8_wide(line: bytes) -> int:
    """The wide characters of a line that decodes as UTF-8 into Chinese (see above; 0: none, too few, or it does
    not decode so)."""
    if line.isascii():
        return 0
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        return 0
    wide = [c for c in text if ord(c) > 127 and c != "\ufeff"]
    if len(wide) < _LINE_WIDE or sum(map(_han, wide)) < _CHINESE_LINE * len(wide):
        return 0
    return len(wide)


def mixed_lines(chunks: Iterable[bytes]) -> bool:
    """Do `chunks` (a file that is no UTF-8) hold lines that decode as UTF-8 with at least `_UTF8_WIDE` wide
    characters between them (see above)?"""
    wide = 0
    for lines, _tail in whole_lines(chunks):
        wide += sum(map(_utf8_wide, lines))
        if wide >= _UTF8_WIDE:
            return True
    return False


def _gbk_line(line: bytes) -> bool | None:
    """Is a line that does not decode as UTF-8 a line of GBK Chinese (see above)? None: it decodes as UTF-8."""
    if line.isascii():
        return None
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return None
    utf8 = line.decode("utf-8", errors="replace")
    bad = utf8.count("\ufffd")
    if sum(ord(c) > 127 for c in utf8) - bad >= bad:
        return False
    try:
        text = line.decode(_GB)
    except UnicodeDecodeError:
        return False
    wide = [c for c in text if ord(c) > 127]
    return len(wide) >= _LINE_WIDE and sum(map(gb2312_char, wide)) >= _GB_SHARE * len(wide)


def gbk_lines(chunks: Iterable[bytes]) -> bool:
    """Is every line of `chunks` (a file that reads as UTF-8 with damage) that does not decode as UTF-8 a line of GBK
    Chinese (see above)?"""
    found = False
    for lines, _tail in whole_lines(chunks):
        for line in lines:
            gbk = _gbk_line(line.rstrip(b"\r\n"))
            if gbk is False:
                return False
            found = found or bool(gbk)
    return found


def _line(line: bytes) -> bytes:
    """A line as UTF-8: as it is where it decodes so, else read as GB18030 (undecodable bytes as U+FFFD)."""
    if line.isascii():
        return line
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode(_GB, errors="replace").encode("utf-8")
    return line


def lines_recoded(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """`chunks` with each line that is no UTF-8 read as GB18030 and written as UTF-8 (see above)."""
    for lines, _tail in whole_lines(chunks):
        if lines:
            yield b"".join(map(_line, lines))
