"""What the blind set data/gold/damaged29 found, and a known defect of damaged27 g03 met again: five texts of our own,
damaged as text really comes (a page saved from a browser with &nbsp; &ldquo; <br> left in, its breadcrumb, meta line
and footer; a Word document exported with a | pipe table, a tab-run table, glued footnote numbers and form feeds; a
two-column PDF read across; a newspaper page whose 转版 continuation ends on another article's lines; a GBK file with
full-width digits). Blind, main scored every score 1.0 but place, 0.9293: a lead broken off mid-sentence at
（下转第2版） set on a line of its own lost its county after another county's brief and the page's masthead, and its
continuation (上接第1版) took the paper's prefecture. Known from damaged27 g03: rows of a table with no head (label,
unit, two numbers, gaps between) set between a bulletin's prose lines were read as columns of running text, the prose
under them swept into them (2140人, 1960张 lost; after: damaged27 recall 0.93 → 0.94, beds 0.93 → 1.0). The rows'
own numbers still give no figure: no head names their columns. Sentences invented, in the style of such pages.
"""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.goldsets import scored

_PAGE = ("某某日报　2026年5月9日　星期六　第1版\n岷县一季度农民收入稳步增长\n"
         "本报讯（记者 王强）记者从岷县统计局获悉，一季度，全县农村居民人均可支配收入3860元，同比增长7.2%，\n"
         "（下转第2版）\n漳县新建养老院投入使用\n本报讯 日前，漳县新建养老院投入使用，设置床位120张。\n"
         "\f某某日报　2026年5月9日　星期六　第2版\n"
         "（上接第1版）其中工资性收入1720元。全县城镇新增就业410人。\n")


def test_a_lead_cut_mid_sentence_before_its_jump_line_goes_on_at_the_mark_taking_it_up(extractor: Extractor) -> None:
    """The jump's mark on a line of its own under the lead's last line, which broke off at a comma: past the other
    county's brief and the next page's masthead, the text after (上接第1版) is the lead's sentence going on, of the
    lead's county and quarter, and the brief keeps its own county."""
    got = dict(_got(_run(extractor, _PAGE, "2026-05-09", "某某日报"), "place"))
    assert got["1720元"] == got["410人"] == got["3860元"] == "岷县"
    assert got["120张"] == "漳县"
    periods = dict(_got(_run(extractor, _PAGE, "2026-05-09", "某某日报"), "period"))
    assert periods["1720元"] == "2026Q1"


def test_a_complete_paragraph_is_not_taken_up_by_a_later_mark(extractor: Extractor) -> None:
    """Only a paragraph that broke off mid-sentence is held for a mark: a lead ending on its stop, the brief after it
    complete too, leaves each paragraph where it stands and the brief's figure its own county."""
    page = _PAGE.replace("同比增长7.2%，\n（下转第2版）\n", "同比增长7.2%。\n")
    got = dict(_got(_run(extractor, page, "2026-05-09", "某某日报"), "place"))
    assert got["3860元"] == "岷县" and got["120张"] == "漳县"


_ROWS = ("某某县2025年国民经济和社会发展统计公报\n某某县统计局\n"
         "全年粮食总产量86.4万吨，增长2.3%。全年\n"
         "粮食总产量  万吨  86.4  2.3\n城镇新增就业  人  1870  3.1\n医疗卫生机构床位  张  1420  5.6\n"
         "城镇新增就业1870人，农村劳动力转移就业\n2.64万人。年末全县医疗卫生机构实有床位\n"
         "1420张，其中养老机构床位380张。\n")


def test_prose_under_headerless_table_rows_is_no_column_of_them(extractor: Extractor) -> None:
    """Rows of a label, a unit and two numbers set between prose lines (a table with no head, its gaps kept): their
    labels are no column of running text, so the prose lines under them go on as prose, with their own figures
    whole, and the last row's number opens no sentence of theirs."""
    figs = _run(extractor, _ROWS, "2026-02-10")
    got = {q: m for q, m in _got(figs, "metric")}
    assert got["1870人"].startswith("jobs.") and got["2.64万人"].startswith("jobs.")
    assert "beds" in got["1420张"].split(".") and "beds" in got["380张"].split(".")
    assert not [q for q, *_ in _got(figs) if q.startswith(("5.6", "3.1"))]  # (the rows' bare growth: no head says %)


@pytest.mark.slow  # a gold set extracted: the quick suite is near its limit
def test_the_damaged29_gold_set_scores_at_its_floors() -> None:
    """data/gold/damaged29 (five texts of our own damaged as text really comes, by scripts/gold_damaged29.py). Blind,
    main scored place 0.9293 and every other score 1.0; after: every score 1.0. Floors, not the exact scores."""
    s = scored("damaged29")
    assert s["recall"] >= 0.99 and s["precision"] >= 0.99
    assert s["role_acc"] >= 0.99 and s["qualifier_acc"] >= 0.99
    assert s["place_acc"] >= 0.99 and s["period_acc"] >= 0.99
    assert s["topic_beds_acc"] >= 0.99 and s["topic_jobs_acc"] >= 0.99
