"""What the blind set data/gold/damaged7 found: six government reports and plans as PDF extractors give their
text (a city's health plan, a city's jobs summary, a city's care plan, a county-level city's work report, a
county's jobs plan, a county-level city's health bulletin: a running head and a page number at every page's
foot, a table of contents with dot leaders, footnote marks glued to figures and footnotes at a page's foot
under a rule, a sentence broken across a page by them, Word numbering, landscape tables whose rows wrap) from
Henan, Hubei, Guangdong and Sichuan. Sentences invented, in the style of such documents; the figures worked out
by hand from GUIDE.md. And two OCR readings damaged6 left (l,OOO张, 3 6 O 张)."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

# a page's last line cut mid-number, its footnotes under a rule, its number, the next page's running head (the
# document's title repeated), then the number's tail
_PAGE_BREAK = ("某某市2024年就业工作总结和2025年工作安排\n"
               "2024年，全市城镇新增就业1.52万人，失业人员再就业4286人，就业困难人员实现就业1135人①\n"
               "；全年发放创业担保贷款4.68亿元，扶持创业3126人，新建返乡创业园区2\n"
               "———————\n"
               "①就业困难人员含零就业家庭成员{n}。\n"
               "第 1 页 共 3 页\n"
               "某某市2024年就业工作总结和2025年工作安排\n"
               "个，入驻企业86家，吸纳就业2430人。\n")


def test_a_page_foot_footnotes_and_running_head_leave_the_cut_sentence_whole(extractor: Extractor) -> None:
    """The footnotes under their rule are set after the paragraph the page cut, and the running head under the
    page's number (a line repeating the title) is taken out: 园区2 | … | 个 reads 2个, no word of the title
    (2025年工作安排) is read into the sentence, and the footnote's own figure stays."""
    text = _PAGE_BREAK.replace("{n}", "320人")
    got = _got(_run(extractor, text, "2025-01-16"), "value", "period")
    assert ("2个", 2, "2024") in got and ("86家", 86, "2024") in got and ("2430人", 2430, "2024") in got
    assert ("320人", 320, "2024") in got
    assert [q for q, _v, _p in got].count("2个") == 1


def test_a_head_under_a_page_foot_that_repeats_nothing_stays() -> None:
    """A line under a page's number that repeats neither the title nor an earlier page's head (a heading that
    opens the page) stays; the one that repeats the title goes, its characters made spaces one for one."""
    from stats.repair.layout import repair
    from stats.rules.rulefile import load_rules

    lex = load_rules().lexicon
    text = ("某某县就业促进规划\n一、发展基础\n全县新增就业1.2万人。\n— 2 —\n二、发展目标\n到2025年新增就业1.5万人。\n"
            "— 3 —\n某某县就业促进规划\n三、主要任务\n")
    out = repair(text, lex.article_start, lex.sentence_end, closing=lex.closing, complete=lex.line_complete,
                 alone=lex.running_head, heading=lex.heading, page_foot=lex.page_foot, footnote=lex.footnote,
                 footnote_rule=lex.footnote_rule).text
    assert "二、发展目标" in out and "三、主要任务" in out
    assert out.count("某某县就业促进规划") == 1


def test_a_rule_over_no_footnote_or_far_from_a_foot_is_no_footnotes(extractor: Extractor) -> None:
    """A rule with a table's row under it, or footnotes with no page number close under them, stay where they
    are: the text reads as before."""
    text = ("全市新增就业1.52万人，新建返乡创业园区2\n———————\n全市  1200  3.4\n"
            "个，入驻企业86家。\n")
    got = _got(_run(extractor, text, "2025-01-16"), "value")
    assert ("86家", 86) in got


def test_ocr_letters_in_a_thousands_shape_or_a_spaced_out_number_are_digits(extractor: Extractor) -> None:
    """On a page whose numbers show OCR's letters, l,OOO张 (a one and three zeros in the shape of thousands,
    no digit in it) is 1000张, and 3 6 O 张 (spaced out digit by digit) 360张; OOO alone stays a word."""
    text = "本报讯 全市新增就业3O5人，新增养老床位l,OOO张，沁阳市养老服务中心设置床位3 6 O 张，OOO公司。"
    got = _got(_run(extractor, text, "2025-02-14"), "value")
    assert ("1,000张", 1000) in got and ("360张", 360) in got
    assert all(v != 0 for _q, v in got)
