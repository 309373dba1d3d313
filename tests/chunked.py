"""A file's bytes decoded a piece at a time, as `stats` reads a large file.

The reader tests of new encodings (UTF-16 with no byte-order mark, Big5, a mail's base64 part) check that a text
decoded in pieces equals the text decoded whole: a piece may end inside a character.
"""

from __future__ import annotations

from stats.read.decode import decode_chunks, detect


def decoded_in_chunks(data: bytes, size: int) -> str:
    """`data` detected and decoded `size` bytes at a time."""
    pieces = [data[i:i + size] for i in range(0, len(data), size)]
    d = detect(lambda: iter(pieces), data[:4096], not data.strip(), "x.txt")
    return "".join(decode_chunks(pieces, d.encoding))
