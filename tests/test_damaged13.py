"""What the blind set data/gold/damaged13 found: five pages damaged the way text extractors and OCR damage newspaper
pages (an OCR'd page with O for 0, l and I for 1, 。 for a point and a gap setting thousands apart; magnitudes on the
line after their number and 百分 | 之 parted by a line break; every line right-padded to the column's width and a
page's footer and head between two lines of a sentence; a table of one row of heads over one row of values read a
head, then its value, line by line; a page saved in GBK): a number whose thousands a gap sets apart with OCR letters
on either side (l 320人, 8 OOO人) was read as no number; the table's values, glued by the layout after their heads'
bracketed units (城镇新增就业（万人）21.4), had no unit; a page's foot opening on its page (第3版  责任编辑：…) between a
number and its unit was read as text, and the number left out. Left: a short line inside a sentence (…的百分 |
之六十八点五) taken for another column's. Sentences and pages invented, in the style of such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_ocr_letters_in_a_number_whose_thousands_a_gap_sets_apart(extractor: Extractor) -> None:
    """On a page OCR read (its numbers show letters: 4l2O人), a number whose thousands a gap sets apart reads whole
    though one side is all letters (l 320人, 8 OOO人); a full stop OCR made of a point (74。9%) gives no figure."""
    text = ("本报讯 今年1至8月，全县城镇新增就业4l2O人，完成年度目标任务的74。9%；帮助l 320人实现就近就业，"
            "新增农村劳动力转移就业8 OOO人。\n")
    got = _got(_run(extractor, text, "2025-09-10", source="某某日报"), "value")
    assert got == [("4120人", 4120), ("1320人", 1320), ("8000人", 8000)]


def test_a_table_read_a_head_then_its_value_gives_each_value_its_heads_unit(extractor: Extractor) -> None:
    """A table of one row of heads over one row of values, read a head, then its value, line by line: each value in
    its head's bracketed unit (（万人） 21.4 is 214000 people), as the body's figures after it."""
    text = ("本报讯 今年前三季度，某某县民生实事稳步推进。\n前三季度某某县主要民生指标\n城镇新增就业（人）\n5630\n"
            "农村劳动力转移就业（万人）\n21.4\n发放创业担保贷款（亿元）\n1.62\n新增养老服务床位（张）\n320\n"
            "城镇登记失业率（%）\n3.1\n就业方面，全县城镇新增就业5630人。\n")
    got = _got(_run(extractor, text, "2025-10-28", source="某某日报"), "value", "measure")
    assert got == [("5630", 5630, "人"), ("21.4", 214000, "人"), ("1.62", 162000000, "元"), ("320", 320, "张"),
                   ("3.1", 3.1, "%"), ("5630人", 5630, "人")]


def test_numbers_the_layout_joins_after_a_heads_unit_give_no_figure(extractor: Extractor) -> None:
    """Under a head's bracketed unit, cells a gap or a line break parts (1200 1300, 2024 | 2025) are joined by the
    layout into one number: read in that unit it would be a wrong value, so none is given; a number on its head's
    line is a row's cell, the table reader's to read or to leave."""
    for text in ("本报讯 全市主要指标\n床位数（张） 1200 1300\n", "本报讯 某某县民生指标\n指标（万元）\n2024\n2025\n",
                 "本报讯 某某县民生指标\n床位（张）\n120\n130\n", "本报讯 某某县民生指标\n床位（张） 1260\n"):
        assert _got(_run(extractor, text, "2025-10-28", source="某某日报"), "value") == []


def test_a_heads_unit_in_a_sentence_lends_no_unit(extractor: Extractor) -> None:
    """Only a number alone at its line's end takes the bracketed unit before it: in running text (（万元）2024年, a
    number with words after it on its line) nothing is read in that unit."""
    text = "本报讯 全县投入资金（万元）2024年达到新高，新增就业（人）120多个岗位得到落实。\n"
    got = _got(_run(extractor, text, "2025-10-28", source="某某日报"), "value")
    assert ("120", 1200000) not in got and all(q != "2024" for q, _ in got)


def test_a_page_foot_with_its_page_and_editors_between_a_number_and_its_unit(extractor: Extractor) -> None:
    """A newspaper page's foot (第3版  责任编辑：… 美编：… 校对：…, right-padded as the lines above it) and the next page's
    running head between a number and its unit: both taken out, the sentence runs on (5.6 | … | 张 is 5.6张)."""
    pad = 40
    lines = ["本报讯 截至6月底，全市医疗卫生机构床位1580张，每千常住人口床位数5.6",
             "第3版    责任编辑：黄丽    美编：韦青    校对：陆敏",
             "\f某某日报    2025年7月9日  星期三    边关新闻", "张，比2020年底增加1.9张。"]
    text = "\n".join(line.ljust(pad) for line in lines) + "\n"
    got = _got(_run(extractor, text, "2025-07-09", source="某某日报"), "value")
    assert got == [("1580张", 1580), ("5.6张", 5.6), ("1.9张", 1.9)]
