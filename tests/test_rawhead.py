"""A bulletin read back from its PDF in content-stream order (`pdftotext -raw`): its title, its byline (the office
and a date) and its first numbered heading each on a line of their own over the hard-wrapped text, no blank line
between, and tables whose short rows are most of its lines. The rows made the page's typical width a row's, the
byline as wide as one looked full, and the heading then ran on with the title and byline into the first sentence:
全年 there took the byline's year. A numbered heading under a paragraph that holds no mark at all (a title block)
opens a paragraph of its own. Lines invented, in the style of such bulletins."""

from __future__ import annotations

from stats.rules.rulefile import RuleSet
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.repaired import paragraphs

# the rows of a table under the text, as -raw reads them: short lines, the most of the page's
ROWS = "\n".join(f"指标{k} {2000 + 37 * k} {1900 + 31 * k} {k}.{k}" for k in range(1, 9))
BULLETIN = (
    "临江县2025年民政事业发展统计公报\n"
    "临江县民政局 2026年4月28日\n"
    "一、社会救助\n"
    "全年全县城乡低保对象共计1.26万人，比上年下降2.3%。临时救助困难群众3150人次，发放救助资金\n"
    "1820万元。年末特困供养人员2460人，其中集中供养人员860人，分散供养人员1600人，城乡特\n"
    "困人员供养标准均有提高。\n"
    "表1 2025年社会救助情况\n"
    "单位：人\n"
    "指标 2025年 2024年 比上年增长（%）\n"
    f"{ROWS}\n"
    "二、养老服务\n"
    "年末全县共有养老机构38个，养老床位5120张，比上年增长3.6%。\n"
)


def test_a_numbered_heading_under_a_title_and_byline_is_a_paragraph_of_its_own(ruleset: RuleSet) -> None:
    """一、社会救助 under the byline's line (临江县民政局 2026年4月28日), which the rows' width makes look full: a paragraph
    of its own, and neither it nor the title block runs into the first sentence."""
    pars = paragraphs(ruleset.lexicon, BULLETIN)
    assert pars[:2] == ["临江县2025年民政事业发展统计公报临江县民政局2026年4月28日", "一、社会救助"]
    assert pars[2].startswith("全年全县城乡低保对象共计1.26万人，")


def test_the_bylines_year_is_not_the_first_paragraphs(extractor: Extractor) -> None:
    """全年 in the first paragraph is the year the title names (2025), not the byline's (2026)."""
    got = _got(_run(extractor, BULLETIN, "2026-04-28", source="临江县民政局"), "period")
    assert ("1.26万人", "2025") in got and ("2.3%", "2025") in got and ("3150人次", "2025") in got

