"""What the blind set data/gold/damaged28 found, and a known defect of damaged27 g03 it meets again: five texts of our
own, typed as text copied from government websites and scans is (a web page with its navigation, print and share
lines, 发布时间 line and 相关链接 list; an OCR'd bulletin with spaces in words and numbers, 。 read as ASCII points, page
numbers and the title repeated as a running head; a table flattened one cell per line inside a report; ①②③ glued to
numbers; Windows line ends with a tab-separated table). Blind, main scored recall, qualifier, role, place and beds
1.0, precision 0.9896 (the headline's 12件, optional, missed in the hand gold, since added), period 0.9149 (a
bulletin's date line under its title dating the first paragraph to the document's month), jobs 0.9375 (每千人口 read
into the count after an OCR point). Sentences invented, in the style of such pages.
"""

from __future__ import annotations

import pytest

from stats.repair.layout import undamaged, unhyphened
from stats.rules.rulefile import load_rules
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.goldsets import scored

LEX = load_rules().lexicon


def test_an_ocr_point_after_a_word_or_a_percent_ends_the_sentence(extractor: Extractor) -> None:
    """OCR read the page's 。 as ASCII points: the per-thousand rate's sentence ends at its point, so the count of jobs
    after it is no rate per thousand people (both sentences read as with 。)."""
    page = "年末全县各类医疗卫生机构床位486张,每千人口床位8.62张.全年城镇新增就业1180人,城镇登记失业率2.9% .\n"
    figs = _run(extractor, page, "2026-03-20")
    clean = _run(extractor, page.replace("张.", "张\N{IDEOGRAPHIC FULL STOP}").replace("% .", "%"), "2026-03-20")
    assert _got(figs, "metric") == _got(clean, "metric")
    assert next(f["metric"] for f in figs if f["quote"] == "1180人").startswith("jobs.")


def test_an_ascii_point_stays_where_it_is_a_numbers_or_no_sentence_end() -> None:
    """The repair turns only a point after a word, a percent or a bracket, a word or the line's end after it: a
    number's point, a spoken number's (十二.五), an address and an ellipsis stay as written."""
    ends, numerals = LEX.sentence_end, frozenset(LEX.digits) | frozenset(LEX.units)
    assert undamaged("增长5.6% .其中", ends) == "增长5.6% \N{IDEOGRAPHIC FULL STOP}其中"
    assert undamaged("牛奶产量3.92万吨.\n三、", ends) == "牛奶产量3.92万吨\N{IDEOGRAPHIC FULL STOP}\n三、"
    for kept in ("增长12.5%，达到3.6万人", "增长百分之十二.五", "详见www.example.gov.cn", "等等...其他", "图1.全县"):
        assert undamaged(kept, ends, numerals=numerals) == kept
    assert undamaged("增长百分之十二.五", ends) == "增长百分之十二\N{IDEOGRAPHIC FULL STOP}五"  # (no numerals told)


def test_a_bulletins_date_line_under_its_title_dates_no_sentence(extractor: Extractor) -> None:
    """A bulletin's title names its year; the line under the issuer is the day it was issued (the document's own
    month): the first paragraph, which names no time, is of the title's year, not of March of the next year."""
    page = ("某某县2025年国民经济和社会发展统计公报\n某某县统计局\n2026年3月20日\n"
            "初步核算，全县地区生产总值完成42.68亿元，比上年增长5.6%。\n")
    assert _got(_run(extractor, page, "2026-03-20"), "period") == [("42.68亿元", "2025"), ("5.6%", "2025")]


def test_a_month_line_other_than_the_documents_still_dates_the_text(extractor: Extractor) -> None:
    """Only the document's own date is set aside: a line naming another month (a part of the text's time) still dates
    the sentence after it."""
    page = ("某某县2025年国民经济和社会发展统计公报\n某某县统计局\n2026年1月\n"
            "全县城镇新增就业260人。\n")
    assert _got(_run(extractor, page, "2026-03-20"), "period") == [("260人", "2026-01")]


def test_a_hyphen_before_a_lower_whole_number_at_a_short_lines_end_is_the_numbers_break() -> None:
    """123.1- | 6亿元 on a line shorter than the column: no range falls, so the hyphen is the number's break; a rising
    pair (2.5- | 3个百分点) and a tail with a point (12.5- | 3.5%) keep their hyphen."""
    assert unhyphened("完成123.1-\n6亿元，增长5.2%。") == "完成123.1 \n6亿元，增长5.2%。"
    for kept in ("提高2.5-\n3个百分点", "增长12.5-\n3.5%", "2025-\n12-01"):
        assert unhyphened(kept) == kept


def test_the_hyphen_cut_number_is_read_whole(extractor: Extractor) -> None:
    """The cut number read as one, the layout having dropped the break."""
    page = ("某某县2025年国民经济和社会发展统计公报\n全年全县地区生产总值完成123.1-\n"
            "6亿元，比上年增长5.2%。其中，第一产业增加值\n58.42亿元，增长3.6%；第二产业增加值20.37亿元。\n")
    assert ("123.16亿元", 12316000000) in _got(_run(extractor, page, "2026-02-10"), "value")


@pytest.mark.slow  # a gold set extracted: the quick suite is near its limit
def test_the_damaged28_gold_set_scores_at_its_floors() -> None:
    """data/gold/damaged28 (five texts of our own typed as copied from government pages and scans, by
    scripts/gold_damaged28.py). Blind, main scored recall 1.0, precision 0.9896, period 0.9149, jobs 0.9375, every
    other score 1.0. After: every score 1.0. Floors, not the exact scores."""
    s = scored("damaged28")
    assert s["recall"] >= 0.99 and s["precision"] >= 0.99
    assert s["role_acc"] >= 0.99 and s["qualifier_acc"] >= 0.99
    assert s["place_acc"] >= 0.99 and s["period_acc"] >= 0.99
    assert s["topic_beds_acc"] >= 0.99 and s["topic_jobs_acc"] >= 0.99
