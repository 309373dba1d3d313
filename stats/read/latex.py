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

A report kept as a LaTeX source (ctexart and siunitx: a county's summary written in Overleaf, a thesis's chapter)
is read the same way, and more: its preamble (\\documentclass, \\usepackage[margin=2.5cm]{geometry}, \\setlength)
holds lengths of no figure; an unescaped percent sign opens a comment up to the line's end, which the page does not
show (% 含返乡创业 182 人，待核实: 182 is no figure of the report), its line end with it; siunitx writes its numbers
\\num{4260} and its quantities \\SI{118.3}{\\percent} or \\qty{1260}{万元} (the number with its unit: \\percent a
percent sign, a unit written in letters as written); a \\footnote{…} stands glued after the figure it is on, while
the page shows its mark there and its text at the foot; and the headings, the caption and a text's emphasis are
commands around words (\\section{…}, \\caption{…}, \\textbf{…}). So, in a text that is such a source (its
\\documentclass or its \\begin{document} in it): the preamble is dropped but for the title's words; comments are
dropped with their line ends; a footnote's text is set on a line of its own after its paragraph; a heading's,
a caption's or an emphasis's words stand alone on their line or in their place; \\begin/\\end lines and bare commands
(\\maketitle, \\centering) are dropped. siunitx's \\num and \\SI are read wherever they stand.
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


# a LaTeX source's own marks: its preamble, a comment (an unescaped percent sign to its line's end, that end with it)
_DOCUMENT = compiled_re(r"\\documentclass|\\begin\{document\}")
_PREAMBLE = compiled_re(r"\\documentclass.{0,20000}?\\begin\{document\}[ \t]*\n?", re.S)
_TITLE = compiled_re(r"\\title\{([^{}\n]{1,200})\}")
_COMMENT = compiled_re(r"(?<!\\)%[^\n]*(?:\n[ \t]*)?")
_BRACED = r"\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}"  # (one level of braces inside: a footnote's \num{…})
_FOOTNOTE = compiled_re(rf"\\footnote(?:\[[^\]\n]{{0,20}}\])?{_BRACED}")
_PARAGRAPH_END = compiled_re(r"\n[ \t]*\n|\Z")
_HEADING = compiled_re(r"\\(?:part|chapter|section|subsection|subsubsection|paragraph|caption)\*?(?:\[[^\]\n]*\])?"
                       r"\{([^{}\n]*)\}")
_EMPHASIS = compiled_re(r"\\(?:textbf|textit|emph|underline|uline|textrm|textsf|mbox|text)\{([^{}\n]*)\}")
_ENVIRONMENT_LINE = compiled_re(r"(?m)^[ \t]*\\(?:begin|end)\{(?!tabular)[A-Za-z*]+\}"
                                r"(?:\[[^\]\n]*\]|\{[^}\n]*\})*[ \t]*(?:\n|\Z)")
_BARE = compiled_re(r"(?m)^[ \t]*\\(?:maketitle|centering|raggedright|noindent|tableofcontents|newpage|clearpage"
                    r"|bigskip|medskip|smallskip)[ \t]*(?:\n|\Z)|\\(?:noindent|par)\b[ \t]*")
# siunitx: \num{4260}, \SI{118.3}{\percent}, \qty{1260}{万元} (a number: digits, a point, a sign, an exponent)
_SI_NUMBER = r"[ ]?(?P<num>[+-]?\d[\d,]*(?:\.\d+)?)(?:[eE](?P<exp>[+-]?\d{1,2}))?[ ]?"
_SI = compiled_re(rf"\\(?:num|(?P<si>SI|qty))\{{{_SI_NUMBER}\}}(?(si)\{{[ ]?(?P<unit>[^{{}}\n]{{1,40}}?)[ ]?\}})")
# siunitx's unit macros, in the order they are written, as the page prints them (a unit with another macro, or
# with one in another order, is left as written: no number is read without its unit)
_SI_UNITS = {"\\percent": "%", "\\metre": "m", "\\kilo\\metre": "km", "\\square\\metre": "m²",
             "\\square\\kilo\\metre": "km²", "\\cubic\\metre": "m³", "\\hectare": "ha", "\\tonne": "t",
             "\\kilo\\gram": "kg"}


def _si(m: re.Match[str]) -> str:
    r"""A siunitx number or quantity as the page prints it: the number (a power of ten as ×10 and a superscript), its
    unit after it (a unit in letters as written, a known macro's symbol: \percent a percent sign, \square\metre m²);
    a unit of macros not known is left as written, number and all."""
    unit = m.group("unit") or ""
    if "\\" in unit:
        if unit.replace(" ", "") not in _SI_UNITS:
            return m.group()
        unit = _SI_UNITS[unit.replace(" ", "")]
    number = m.group("num") + (f"×10{m.group('exp').translate(_SUPERSCRIPT)}" if m.group("exp") else "")
    return number + unit


def _notes_after_paragraphs(buf: str) -> str:
    """buf with each footnote taken out of its place and its text set on a line of its own after its paragraph."""
    while (m := _FOOTNOTE.search(buf)) is not None:
        rest = buf[m.end():]
        end = _PARAGRAPH_END.search(rest)
        cut = end.start() if end is not None else len(rest)
        buf = buf[:m.start()] + rest[:cut] + "\n" + m.group(1).strip() + rest[cut:]
    return buf


def _source_read(buf: str) -> str:
    """A LaTeX source's preamble, comments, footnotes, headings and commands read as the page shows them."""
    title = _TITLE.search(buf)
    if title is not None and _PREAMBLE.search(buf) is not None:
        buf = _PREAMBLE.sub(lambda _: title.group(1) + "\n", buf, count=1)
    else:
        buf = _PREAMBLE.sub("", buf, count=1)
    buf = _COMMENT.sub("", buf)
    buf = _notes_after_paragraphs(buf)
    buf = _HEADING.sub(r"\1", _EMPHASIS.sub(r"\1", buf))
    return _BARE.sub("", _ENVIRONMENT_LINE.sub("", buf))


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
    if "\\" not in buf and "$" not in buf:
        return buf
    if _DOCUMENT.search(buf) is not None:
        buf = _source_read(buf)
    if "\\num{" in buf or "\\SI{" in buf or "\\qty{" in buf:
        buf = _SI.sub(_si, buf)
    if "\\begin{tabular}" in buf and "\\end{tabular}" in buf:
        buf = _TABULAR.sub(_rows, buf)
    if buf.count("$") >= 2:
        buf = _INLINE.sub(_number, _PERCENT_PAREN.sub("(%)", buf))
    if "\\%" in buf:
        buf = buf.replace("\\%", "%")
    return buf
