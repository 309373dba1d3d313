"""A PDF turned into Markdown by an OCR converter that writes LaTeX (formula-aware converters do): the LaTeX of its
figures and tables read as the page showed them.

Such a converter sets many numbers in inline math, each between two dollar signs ($5862$ 张, $5.7 \\%$, a bold one
spaced out as $\\mathbf{7 8 . 6}$), writes a percent sign as \\% in the prose too, and gives a table as a tabular
environment: a \\begin{tabular}{|l|r|} line, cells parted by &, each row ending in \\\\ with \\hline rules. Read as
written, the opening dollar sign is a currency sign (5862 US dollars, not 5862 beds) and the table is one long line.
So: an inline math run that holds one number and nothing else (its digits, points, signs and the spaces between
them; a bold or roman wrap; a percent sign; a power of ten) is the number as written, its spaces gone; an escaped
percent sign is a percent sign; and a tabular environment is rows of tab-parted cells (what a sheet pasted as text
gives, which the table reader reads), its rules and its \\begin/\\end lines gone.

Any other dollar sign stays: a pair around words, a formula or two numbers is no figure's wrap, and a lone sign
(US$12亿, $1,200) is a currency sign as before.
"""

from __future__ import annotations

import re

from stats.rules.prepared import compiled_re

_SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
# a number as a converter writes it in math: digits (spaced out in a bold run), at most one point, a sign before it
_DIGITS = r"[+-]?[ ]?\d(?:[ ]?\d)*(?:[ ]?\.[ ]?\d(?:[ ]?\d)*)?"
# the body of an inline math run that is one number: an optional \mathbf{ }/\mathrm{ } wrap (the percent sign inside
# or outside it), an optional power of ten (\times 10^{4}) and an optional percent sign
_NUMBER_BODY = (rf"[ ]?(?:\\math(?:bf|rm)\{{[ ]?(?P<wrapped>{_DIGITS})[ ]?(?P<inner>\\%)?[ ]?\}}|(?P<bare>{_DIGITS}))"
                r"(?:[ ]?\\times[ ]?10[ ]?\^[ ]?\{[ ]?(?P<power>-?\d{1,2})[ ]?\})?[ ]?(?P<percent>\\%)?[ ]?")
# the whole run: a dollar sign on each side, neither against another dollar sign (a $$ display) nor the closing one
# against a digit ($5$6 is no pair of one number)
_INLINE = compiled_re(rf"(?<!\$)\$(?!\$){_NUMBER_BODY}\$(?![\$\d])")
_TABULAR = compiled_re(r"\\begin\{tabular\}(?:\{[^}\n]{0,200}\})?(?P<body>.{0,100000}?)\\end\{tabular\}", re.S)
_RULE = compiled_re(r"\\(?:hline|cline\{[^}\n]{0,20}\}|toprule|midrule|bottomrule)")
_ROW_END = compiled_re(r"[ \t]*\\\\[ \t]*")
_CELL_BAR = compiled_re(r"[ \t]*(?<!\\)&[ \t]*")
_PERCENT_PAREN = compiled_re(r"\$[ ]?\([ ]?\\%[ ]?\)[ ]?\$")  # ($(\%)$): a head cell's unit in math


def _number(m: re.Match[str]) -> str:
    """The number an inline math run holds, as written: its spaces out, ×10 and a superscript power, a % sign."""
    digits = (m.group("wrapped") or m.group("bare")).replace(" ", "")
    power = m.group("power")
    tail = f"×10{power.translate(_SUPERSCRIPT)}" if power is not None else ""
    return digits + tail + ("%" if m.group("inner") or m.group("percent") else "")


def _rows(m: re.Match[str]) -> str:
    """A tabular environment's body as lines of tab-parted cells: its rules out, a row's end a line's end."""
    lines = []
    for row in _ROW_END.split(_RULE.sub("", m.group("body"))):
        cells = _CELL_BAR.split(row.strip())
        if any(cells):
            lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def latex_plain(buf: str) -> str:
    """buf with its LaTeX figures and tables read as the page showed them (see above); text with no dollar sign,
    escaped percent sign or tabular environment is returned as it is, found so by containment tests in C."""
    if "\\begin{tabular}" in buf and "\\end{tabular}" in buf:
        buf = _TABULAR.sub(_rows, buf)
    if buf.count("$") >= 2:
        buf = _INLINE.sub(_number, _PERCENT_PAREN.sub("(%)", buf))
    if "\\%" in buf:
        buf = buf.replace("\\%", "%")
    return buf
