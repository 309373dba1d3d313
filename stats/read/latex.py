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

A Word report converted by pandoc to LaTeX (pandoc -s -o report.tex) is such a source with pandoc's own marks:
\\PassOptionsToPackage lines before the \\documentclass; each heading inside a \\hypertarget whose label spells the
Han heading as ux and its hex code (\\hypertarget{ux4e092026ux5e74…}{\\section{三、2026年目标}\\label{…}}: the
label's digits are no figure, the page shows the heading alone); a list's \\tightlist and \\item marks; and every
table a longtable, its column specs over several lines holding widths ((\\columnwidth - 6\\tabcolsep) * \\real{0.35}),
its head cells in minipages, \\endhead and \\endlastfoot after the head and foot rows, rules with \\noalign{}. The
labels and the marks are dropped, the heading kept; a longtable is read as a tabular is, those marks out, a cell's
minipage its words. pandoc writes the body alone unless told -s: a text with a heading in pandoc's \\hypertarget is
such a source too.
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
# a longtable (pandoc writes every table so): an optional [position], its column spec up to three braces deep (pandoc's
# p{(\columnwidth - 6\tabcolsep) * \real{0.3500}} inside the spec's own braces), over several lines
_LONGTABLE = compiled_re(r"\\begin\{longtable\}(?:\[[^\]\n]{0,20}\])?"
                         r"(?:\{(?:[^{}]|\{(?:[^{}]|\{[^{}]{0,200}\}){0,400}\}){0,4000}\})?"
                         r"(?P<body>.{0,100000}?)\\end\{longtable\}", re.S)
# a longtable's marks of its head and foot rows, the \noalign{} pandoc sets after each rule, a minipage around a cell's
# words (its position, its width and an alignment command), and \tabularnewline, a row's end as \\ is
_LONGTABLE_MARK = compiled_re(r"\\(?:endfirsthead|endhead|endfoot|endlastfoot)\b|\\noalign\{\}|\\end\{minipage\}"
                              r"|\\begin\{minipage\}(?:\[[^\]\n]{0,10}\])*\{[^{}\n]{0,40}\}"
                              r"(?:\\(?:raggedright|raggedleft|centering)\b)?")
_CELL_BREAK = compiled_re(r"[ \t]*\n[ \t]*")
_PERCENT_PAREN = compiled_re(r"\$[ ]?\([ ]?\\%[ ]?\)[ ]?\$")  # ($(\%)$): a head cell's unit in math


# a LaTeX source's own marks: its preamble, a comment (an unescaped percent sign to its line's end, that end with it)
# (or pandoc's body alone, as it writes one without -s: a heading inside its \hypertarget, the % ending that line)
_DOCUMENT = compiled_re(r"\\documentclass|\\begin\{document\}|\\hypertarget\{[^{}\n]{1,300}\}\{%\n"
                        r"\\(?:part|chapter|section|subsection|subsubsection|paragraph)\*?\{")
_PREAMBLE = compiled_re(r"\\documentclass.{0,20000}?\\begin\{document\}[ \t]*\n?", re.S)
_TITLE = compiled_re(r"\\title\{([^{}\n]{1,200})\}")
_COMMENT = compiled_re(r"(?<!\\)%[^\n]*(?:\n[ \t]*)?")
_BRACED = r"\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}"  # (one level of braces inside: a footnote's \num{…})
_FOOTNOTE = compiled_re(rf"\\footnote(?:\[[^\]\n]{{0,20}}\])?{_BRACED}")
_PARAGRAPH_END = compiled_re(r"\n[ \t]*\n|\Z")
_HEADING = compiled_re(r"\\(?:part|chapter|section|subsection|subsubsection|paragraph|caption)\*?(?:\[[^\]\n]*\])?"
                       r"\{([^{}\n]*)\}")
_EMPHASIS = compiled_re(r"\\(?:textbf|textit|emph|underline|uline|textrm|textsf|mbox|text)\{([^{}\n]*)\}")
_ENVIRONMENT_LINE = compiled_re(r"(?m)^[ \t]*\\(?:begin|end)\{(?!tabular|longtable)[A-Za-z*]+\}"
                                r"(?:\[[^\]\n]*\]|\{[^}\n]*\})*[ \t]*(?:\n|\Z)")
_BARE = compiled_re(r"(?m)^[ \t]*\\(?:maketitle|centering|raggedright|noindent|tableofcontents|newpage|clearpage"
                    r"|bigskip|medskip|smallskip|tightlist)[ \t]*(?:\n|\Z)|\\(?:noindent|par)\b[ \t]*")
# pandoc's marks: the package options it sets before \documentclass, a heading's \label and the \hypertarget around
# it (its label the heading's characters as ux hex codes), an \item mark (its words stand on their own line)
_PANDOC_OPTIONS = compiled_re(r"(?m)^[ \t]*\\PassOptionsToPackage\{[^{}\n]*\}\{[^{}\n]*\}[ \t]*(?:\n|\Z)")
_LABEL = compiled_re(r"\\label\{[^{}\n]*\}")
_HYPERTARGET = compiled_re(r"\\hypertarget\{[^{}\n]*\}\{\n?([^{}\n]*)\n?\}")
# a tie (~: the space TeX sets and never breaks a line at, between a number and its unit, 2896~张) and TeX's dashes
# (-- an en dash, as in 1--9月, --- an em dash), which the page shows as a space and as the dashes
_TIE = compiled_re(r"(?<!\\)~")
_DASH = compiled_re(r"(?<![-\\])---?(?!-)")
_DASHES = {"--": "\u2013", "---": "\u2014"}
_ITEM = compiled_re(r"(?m)^[ \t]*\\item(?:\[[^\]\n]{0,20}\])?[ \t]*(?:\n[ \t]*)?")
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
    buf = _COMMENT.sub("", _PANDOC_OPTIONS.sub("", buf))
    buf = _notes_after_paragraphs(buf)
    buf = _HEADING.sub(r"\1", _EMPHASIS.sub(r"\1", buf))
    buf = _LABEL.sub("", buf)
    if "\\hypertarget{" in buf:
        buf = _HYPERTARGET.sub(r"\1", buf)
    buf = _DASH.sub(lambda m: _DASHES[m.group()], _TIE.sub(" ", buf))
    if "\\item" in buf:
        buf = _ITEM.sub("", buf)
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


def _long_rows(m: re.Match[str]) -> str:
    """A longtable's body as a tabular's rows: its head and foot marks, \\noalign{} and minipages out, a cell's
    lines one (a minipage sets its words on lines of their own), \\tabularnewline a row's end."""
    body = _LONGTABLE_MARK.sub("", m.group("body")).replace("\\tabularnewline", "\\\\")
    lines = []
    for row in _ROW_END.split(_RULE.sub("", body)):
        cells = [_CELL_BREAK.sub("", c).strip() for c in _CELL_BAR.split(row.strip())]
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
    if "\\begin{longtable}" in buf and "\\end{longtable}" in buf:
        buf = _LONGTABLE.sub(_long_rows, buf)
    if buf.count("$") >= 2:
        buf = _INLINE.sub(_number, _PERCENT_PAREN.sub("(%)", buf))
    if "\\%" in buf:
        buf = buf.replace("\\%", "%")
    return buf
