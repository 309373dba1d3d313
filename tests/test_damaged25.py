"""Digits one space apart, and what the blind set data/gold/damaged25 found.

Part one: a gap between digits was dropped wherever it stood, so that two numbers which each stand alone, a table's two
cells or a year and a count read as one line (12 15万人, 2025 12万人), became one wrong value (1215万人, 202512万人).
A gap is now dropped only where no reading but one number is left: a line spaced out a character at a time
(1 2 . 5 万 人), a single digit justification set apart (达10 0%), a year's two halves (20 25年), a thousands
gap (1 234 567人, 12 600万元, with a plain, no-break, thin or figure space) or a gap before a zero (21 00人: no number
opens with 0).

Part two: five texts of our own damaged by scripts/gold_damaged25.py (a newsletter's PDF of two items from two
provinces, its running head 县域民生观察 2026年第2期 第4页 at each page; every character on a line of its own; a table
flattened column by column; thousands gaps of three kinds; two columns read across with numbers at the column edge).
Blind, main scored recall and precision 1.0, place 0.9398 and period 0.9518: the newsletter's second item, its
headline over a wrapped lead that opens on the office it comes from (…局消息，), was read as the first item's (全县 its
county), and the running head's 2026年 dated the figures of the paragraph it was glued to. Sentences invented, in the
style of such pages.
"""

from __future__ import annotations

from stats.repair.layout import repair_stream
from stats.rules.rulefile import load_rules
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.repaired import paragraphs

LEX = load_rules().lexicon


def _values(extractor: Extractor, text: str) -> list[tuple]:
    return _got(_run(extractor, text, "2026-01-20"), "value")


def test_two_numbers_that_each_stand_alone_are_never_joined(extractor: Extractor) -> None:
    """A year then a count, two cells, a decimal then a whole number: each gap keeps the numbers apart, and only the
    number its unit follows is a figure (no 1215万 nor 202512万 read)."""
    assert _values(extractor, "本次招聘会共有企业 12 15万人次参会。") == [("15万人次", 150000)]
    assert _values(extractor, "全市医院床位 2025 12万张。") == [("12万张", 120000)]
    assert _values(extractor, "2025 1万人参加职业技能培训。") == [("1万人", 10000)]
    assert _values(extractor, "城镇登记失业率3.2 15万人参加培训。")[-1] == ("15万人", 150000)
    # (a no-break space between a year and a count is a gap as any other)
    assert _values(extractor, "全县新增就业岗位2025\u00a01860个。") == [("1860个", 1860)]


def test_a_number_broken_by_justification_or_spacing_is_still_one(extractor: Extractor) -> None:
    """Where the gap leaves no reading but one number, it is dropped as before: a line spaced out a character at a
    time, one digit set apart, thousands gaps of any space, a gap before a zero."""
    assert _values(extractor, "招 聘 会 提 供 岗 位 1 2 . 5 万 个 。") == [("12.5万个", 125000)]
    assert _values(extractor, "全县实有床位3 6万张。") == [("36万张", 360000)]
    assert _values(extractor, "城镇新增就业21 00人。") == [("2100人", 2100)]
    # (a year justification split in its middle stays one year: no 25年 read as a duration)
    assert _values(extractor, "全市 20 25年新增就业1万人。") == [("1万人", 10000)]
    assert _values(extractor, "发放创业担保贷款12 600万元。") == [("12600万元", 126000000)]
    for gap in (" ", "\u00a0", "\u2009", "\u2007", "\u202f"):
        text = f"全市户籍人口1{gap}234{gap}567人，医院床位12{gap}680张。"
        assert _values(extractor, text) == [("1234567人", 1234567), ("12680张", 12680)]


def test_the_kept_gap_is_the_same_on_the_bulk_path_and_line_by_line() -> None:
    """The line that holds such a gap is looked at alone by the bulk path (`_NEEDS_LOOK`): both paths give one text,
    the gap kept as one space."""
    page = "全县共有企业\n 12 15万人次参加招聘会，\n其中2025 12万人次为线上。\n"
    texts = [[p.text for p in repair_stream([page], LEX.article_start, LEX.sentence_end, closing=LEX.closing,
                                            complete=LEX.line_complete, bulk=bulk)] for bulk in (True, False)]
    assert texts[0] == texts[1]
    assert "12 15万" in "".join(texts[0]) and "2025 12万" in "".join(texts[0])


def test_a_periodicals_running_head_is_no_text_of_its_items(extractor: Extractor) -> None:
    """A newsletter's or a journal's head (its name, the year's issue, the page) is a running head: a paragraph of its
    own at the top of the page, and dropped where a page break cut a sentence under it; its year dates nothing."""
    page = ("乡村振兴简报　2026年第3期　第2页\n龙山县2025年农村劳动力转移就业12.6万人，比上年增\n"
            "长3.1%。全年投入衔接资金2.4亿元，\n\n— 2 —\n\n乡村振兴简报　2026年第3期　第3页\n"
            "发放创业担保贷款1860万元。\n")
    pars = paragraphs(LEX, page)
    assert not any("简报" in p and "万" in p for p in pars)
    got = _got(_run(extractor, page, "2026-02-10"), "period")
    assert got == [("12.6万人", "2025"), ("3.1%", "2025"), ("2.4亿元", "2025"), ("1860万元", "2025")]


def test_the_next_items_headline_under_a_blank_line_opens_its_own_item(extractor: Extractor) -> None:
    """A newsletter runs items of two counties one after another: the second's headline stands under a blank line
    over its hard-wrapped lead, which opens on the office it comes from (…局消息，) as a wire's dateline does. The lead
    opens an item under that headline (a paragraph of its own, not the lead's first words), so that 全县 is the second
    county, of any province, and its figures are dated by its own lead."""
    page = ("记者从凌云县人力资源和社会保障局获悉，2025年，\n全县城镇新增就业980人，完成年度目标任务的\n"
            "106.5%。2026年，全县力争城镇新增就业1000人。\n\n龙山县新增养老床位360张\n"
            "龙山县民政局消息，2025年，全县新增养老床位360张，\n养老机构床位总数达到2140张。\n")
    pars = paragraphs(LEX, page)
    assert "龙山县新增养老床位360张" in pars
    got = _got(_run(extractor, page, "2026-01-20"), "place", "period")
    assert got[-3:] == [("360张", "龙山县", "2025"), ("360张", "龙山县", "2025"), ("2140张", "龙山县", "2025")]
    assert got[0] == ("980人", "凌云县", "2025")
