"""What the blind set data/gold/damaged11 found: four pages damaged the way text extractors damage newspaper pages
(pdfminer printing every line as a paragraph of its own with a blank line after it; `pdftotext -raw` alternating
two items' lines by blocks of three or four; numbers spaced digit by digit with a full-width ％; a table read
column by column, its labels first and then each column's values one per line): the head of a number cut at a
swept line's end made unreadable while the tail on the next line (43. | 6亿元) was read as 6亿元; a city the
province runs itself (济源市, under no prefecture) left unplaced under its own paper (济源日报), its short form
being a county's. Left: a table read column by column gives only the cells that carry their unit, and an item whose
lines alternate with another's by blocks mixes the two items' places. Sentences and pages invented, in the style of
such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_digits_after_an_unreadable_head_are_no_number_of_their_own(extractor: Extractor) -> None:
    """The repair makes the head of a number it cannot join unreadable (a wrong value is worse than a missing one):
    the digits right after it are that number's tail, 6亿元 of 43.6亿元, and give no figure; the rest of the
    sentence does."""
    text = "本报讯 今年1-9月，全县社会消费品零售总额完成\ufffd\ufffd\ufffd6亿元，同比增长5.8%。\n"
    got = _got(_run(extractor, text, "2025-11-03", source="上饶日报"), "value")
    assert got == [("5.8%", 5.8)]


def test_a_paper_of_a_city_the_province_runs_places_its_items(extractor: Extractor) -> None:
    """济源市 and 潜江市 are county-level cities under no prefecture: their papers' short forms are counties', yet
    such a paper's 我市 is its city, as a prefecture's paper's is."""
    text = "本报讯（记者 李明）今年上半年，我市城镇新增就业1.05万人，失业人员再就业1620人。\n"
    got = _got(_run(extractor, text, "2025-07-21", source="济源日报"), "place")
    assert got == [("1.05万人", "济源市"), ("1620人", "济源市")]
    got = _got(_run(extractor, text, "2025-07-21", source="潜江日报"), "place")
    assert got == [("1.05万人", "潜江市"), ("1620人", "潜江市")]


def test_a_pdfminer_page_of_one_line_paragraphs_reads_as_its_sentences(extractor: Extractor) -> None:
    """pdfminer prints each line of a narrow column as a paragraph with a blank line after it, numbers cut at the
    line's end (52 | 6人, 2.3 | 6亿元): the lines join back into the sentences."""
    body = ("本报讯 今年上半年，全市城镇新增就业1.12万人，就业困难人员实现就业526人，累计发放创业担保贷款2.36亿元，"
            "同比增长14.2%，带动就业3400余人。")
    lines = [body[i:i + 17] for i in range(0, len(body), 17)]
    text = "\n\n".join(lines) + "\n"
    got = _got(_run(extractor, text, "2025-07-21", source="济源日报"), "value")
    assert got == [("1.12万人", 11200), ("526人", 526), ("2.36亿元", 236000000), ("14.2%", 14.2), ("3400余人", 3400)]


def test_numbers_spaced_digit_by_digit_read_whole(extractor: Extractor) -> None:
    """A page whose numbers an extractor spaced digit by digit, the percent mark full-width (8 2 6 0 人, 1 . 9 ％)."""
    text = ("仙居新闻网讯 2 0 2 4 年全县城镇新增就业8 2 6 0 人，发放稳岗返还资金1 3 5 0 万元。"
            "全县城镇登记失业率为1 . 9 ％，比上年下降0 . 3 个百分点。\n")
    got = _got(_run(extractor, text, "2025-02-19", source="仙居新闻网"), "value")
    assert got == [("8260人", 8260), ("1350万元", 13500000), ("1.9%", 1.9), ("0.3个百分点", 0.3)]


def test_a_table_read_column_by_column_gives_no_wrong_value(extractor: Extractor) -> None:
    """A table read a column at a time (labels, then each column's values one per line): read a row a line
    (`repair.transpose`), each row's cell of each column goes to its own label, the bare numbers of the column whose
    unit is in its head too (never run together by joined lines, 6.84.1)."""
    text = ("表1 某市主要指标\n指标\n城镇新增就业\n医疗卫生机构床位\n绝对值\n8650人\n4120张\n"
            "同比增长（%）\n6.8\n4.1\n从就业看，全市城镇新增就业8650人。\n")
    got = _got(_run(extractor, text, "2025-10-28", source="界首市统计局"), "value")
    assert got == [("8650人", 8650), ("6.8", 6.8), ("4120张", 4120), ("4.1", 4.1), ("8650人", 8650)]
