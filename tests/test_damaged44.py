"""What the blind set data/gold/damaged44 found: five texts of our own, each in a form no damaged set used (a page
whose article stands only in its JSON-LD; a notice with half-width ｡ ､ stops and a section with U+3000 for each 。; a
quoted-printable GB18030 reply mail quoting a forwarded message with >; a .docx document.xml with tracked changes,
tab stops and runs cut inside numbers; a Word report converted by pandoc to LaTeX). Blind, main read the first four
whole and right (but 全年…；争取…补助资金1.58亿元 in a report of January, a goal), but no figure of pandoc's
longtable: its \\begin{longtable} line was dropped as any environment's, so
its column specs over several lines ((\\columnwidth - 6\\tabcolsep) * \\real{0.3500}), its minipage head cells and its
\\endhead/\\noalign{} marks stood in the text and the & rows were no table. Sentences invented, in the style of pandoc's
output.
"""

from __future__ import annotations

import pytest

from stats.read.latex import latex_plain
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.goldsets import scored

_PANDOC = r"""% Options for packages loaded elsewhere
\PassOptionsToPackage{unicode}{hyperref}
\documentclass[
]{article}
\usepackage{longtable,booktabs,array}
\setlength{\emergencystretch}{3em} % prevent overfull lines
\title{某县2025年养老服务情况}
\begin{document}
\maketitle

\hypertarget{ux4e002025ux5e74}{%
\section{一、2025年养老床位}\label{ux4e002025ux5e74}}

全县养老机构床位\textbf{2310}张。

\begin{itemize}
\tightlist
\item
  县福利院新增护理型床位90张。
\end{itemize}

\begin{longtable}[]{@{}
  >{\raggedright\arraybackslash}p{(\columnwidth - 4\tabcolsep) * \real{0.4000}}
  >{\raggedright\arraybackslash}p{(\columnwidth - 4\tabcolsep) * \real{0.3000}}
  >{\raggedright\arraybackslash}p{(\columnwidth - 4\tabcolsep) * \real{0.3000}}@{}}
\toprule\noalign{}
\begin{minipage}[b]{\linewidth}\raggedright
类别
\end{minipage} & \begin{minipage}[b]{\linewidth}\raggedright
2025年床位（张）
\end{minipage} & \begin{minipage}[b]{\linewidth}\raggedright
增长（\%）
\end{minipage} \\
\midrule\noalign{}
\endhead
\bottomrule\noalign{}
\endlastfoot
公办养老机构 & 1460 & 3.5 \\
民办养老机构 & 850 & 7.2 \\
\end{longtable}

\end{document}
"""


def test_a_pandoc_longtable_reads_as_tab_rows_with_its_head() -> None:
    """pandoc's longtable is read as a tabular is: the head row's minipages their words, one row a line of tab-parted
    cells, no column spec (\\real{0.4000}), no \\endhead, \\noalign{} or rule left. Before, its begin line went as any
    environment's and the spec, the minipages and the & rows stood in the text."""
    plain = latex_plain(_PANDOC)
    assert "类别\t2025年床位（张）\t增长（%）\n公办养老机构\t1460\t3.5\n民办养老机构\t850\t7.2\n" in plain
    assert "real" not in plain and "endhead" not in plain and "minipage" not in plain and "noalign" not in plain


def test_pandocs_hypertarget_label_item_and_options_are_dropped() -> None:
    """The \\hypertarget and \\label around a heading go (their ux hex codes hold digits of no figure, 2025 here), the
    heading's words stay on their line; \\tightlist and \\item marks go, the item's words on a line of their own;
    the \\PassOptionsToPackage lines before \\documentclass go with the preamble."""
    plain = latex_plain(_PANDOC)
    assert "\n一、2025年养老床位\n" in plain and "ux" not in plain and "hypertarget" not in plain
    assert "\n县福利院新增护理型床位90张。\n" in plain and "item" not in plain and "tightlist" not in plain
    assert "PassOptions" not in plain and plain.startswith("某县2025年养老服务情况\n")


def test_pandocs_body_without_its_preamble_is_read_as_a_source() -> None:
    """pandoc writes the body alone unless told -s: a heading inside its \\hypertarget marks the text as LaTeX
    source all the same, so the heading, the bold figures and the longtable read as in a whole document."""
    body = _PANDOC.split("\\maketitle")[1].split("\\end{document}")[0]
    plain = latex_plain(body)
    assert "\n一、2025年养老床位\n" in plain and "\n全县养老机构床位2310张。\n" in plain
    assert "\n公办养老机构\t1460\t3.5\n" in plain and "\\" not in plain


@pytest.mark.slow  # (an extraction: 0.2 s on a loaded machine)
def test_a_pandoc_longtables_cells_are_figures_of_their_heads(extractor: Extractor) -> None:
    """The longtable's cells read as a table's: the bed counts in 张 from the head, the growths in %; no figure from
    the column widths or the hypertarget labels."""
    got = {(f["value"], f["measure"]) for f in _run(extractor, _PANDOC, "2026-01-28")}
    assert {(1460.0, "张"), (850.0, "张"), (3.5, "%"), (7.2, "%")} <= got
    assert not {v for v, _ in got} & {0.4, 0.3, 4.0, 2025.0}


def test_text_that_only_names_a_longtable_is_left_as_it_is() -> None:
    """A page that names the environment, with no \\end{longtable}, is left as it is (but its escaped percent)."""
    text = "排版说明：表格使用\\begin{longtable}环境，全县床位1460张 & 增长3.5\\% \\\\ 见附表。\n"
    assert latex_plain(text) == text.replace("\\%", "%")


def _roles(extractor: Extractor, text: str, published: str) -> set[tuple[float, str]]:
    """Each figure's value and role."""
    return {(f["value"], f["role"]) for f in _run(extractor, text, published)}


def test_a_sentence_opening_on_the_year_just_over_dates_its_sought_money(extractor: Extractor) -> None:
    """全年 opening a sentence of a report of January speaks of the year just over (as the figures' period reads it):
    争取…资金 in a later clause is the money the year obtained, a level. Before, it was a goal. The same sentence in a
    July item, one whose first clause names a plan cue, and one opening on 全年计划 keep the goal."""
    text = "全年养老服务支出1.36亿元，同比增长5.1%；争取上级养老服务补助资金4200万元。"
    assert (42000000.0, "level") in _roles(extractor, text, "2026-01-20")
    assert (42000000.0, "target") in _roles(extractor, text, "2026-07-20")
    text = "全年养老服务支出预计增长5%左右；争取上级养老服务补助资金4500万元。"
    assert (45000000.0, "target") in _roles(extractor, text, "2026-01-20")
    text = "全年计划养老服务支出1.4亿元，争取上级养老服务补助资金4500万元。"
    assert (45000000.0, "target") in _roles(extractor, text, "2026-01-20")


@pytest.mark.slow
def test_the_damaged44_gold_set_scores_at_its_floors() -> None:
    """data/gold/damaged44 (x01 a page whose article is only in its JSON-LD, 浮梁县 jobs; x02 a notice with half-width
    ｡ stops and U+3000 for 。, 桐柏县 beds; x03 a QP GB18030 reply mail quoting a forward with >, 龙胜各族自治县 money;
    x04 a .docx document.xml with tracked changes and tabs, 通道侗族自治县 jobs; x05 pandoc's LaTeX of a Word report,
    平塘县 beds and money).
    Blind: recall=0.8767 precision=1.0 qualifier=1.0 role=0.9844 place=1.0 period=1.0 topic_beds=1.0 topic_jobs=1.0
    (73 must figures); now: recall=1.0 precision=1.0 qualifier=1.0 role=1.0 place=1.0 period=1.0 topic_beds=1.0
    topic_jobs=1.0. Floors, not the exact scores."""
    s = scored("damaged44")
    assert s["recall"] >= 0.99 and s["precision"] >= 0.995
    assert s["role_acc"] >= 0.99 and s["qualifier_acc"] >= 0.99
    assert s["place_acc"] >= 0.99 and s["period_acc"] >= 0.99
    assert s["topic_beds_acc"] >= 0.99 and s["topic_jobs_acc"] >= 0.99 and s["topic_money_acc"] >= 0.99
