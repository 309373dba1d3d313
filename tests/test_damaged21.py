"""What the blind set data/gold/damaged21 found: five texts of our own damaged by scripts/gold_damaged21.py (a WeChat
account's article copied as text, with emoji, ▲ captions and a 往期推荐 list of other articles' headlines; every Han
character followed by a space; each sentence's end mark on the next line; thin and narrow no-break spaces as thousands
separators; a table exported as CSV lines). Blind, main read the figures of the 往期推荐 headlines (other pages' titles:
the list's heading was chrome, its titles were not) and read nothing of the CSV table (a row was one word: no gap
parted its cells, and 68,420 stood between quotes). Sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.read.csvrows import csv_cells_apart
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_the_titles_under_a_related_list_are_no_figures(extractor: Extractor) -> None:
    """往期推荐 | 某某县新增床位200张 下月投用 | 3.2亿元！某某县8个项目开工: an account's list of other articles, each title
    a line with no full stop, read as chrome: no figure; the article's own sentences above it stay."""
    text = ("全县城镇新增就业2460人，完成年度目标任务的108.6%。\n阅读原文\n往期推荐\n某某县地区生产总值增长5.8%\n"
            "3.2亿元！某某县8个重点项目集中开工\n县人民医院新增床位200张 下月投用\n")
    got = _got(_run(extractor, text, "2026-01-15", source="某某县融媒体中心"), "value")
    assert got == [("2460人", 2460), ("108.6%", 108.6)]


def test_a_sentence_after_a_related_heading_is_read(extractor: Extractor) -> None:
    """A related list's heading takes only the short lines under it with no full stop: a sentence of the text after a
    blank line is the text's own."""
    text = "相关新闻\n某某县举办春风行动招聘会\n\n全县新增床位120张，总投资1.86亿元。\n"
    got = _got(_run(extractor, text, "2026-02-10", source="某某县融媒体中心"), "value")
    assert got == [("120张", 120), ("1.86亿元", 186000000)]


def test_csv_rows_have_their_cells_set_apart_one_for_one() -> None:
    """A run of CSV rows: each parting comma a tab, each quote a space, an empty quoted cell a dash; a comma inside a
    quoted number stays; the length never changes. A prose line, or a lone row, stays as written."""
    text = '指标,单位,2025年,增长（%）\n粮食总产量,吨,"68,420",2.1\n接待游客,万人次,412.6,""\n'
    out = csv_cells_apart(text)
    assert len(out) == len(text)
    assert out == '指标\t单位\t2025年\t增长（%）\n粮食总产量\t吨\t 68,420 \t2.1\n接待游客\t万人次\t412.6\t— \n'
    prose = "全县新增就业3150人,完成目标的105%,失业率3.2%。\n城镇新增就业1,234人,比上年增长5%。\n"
    assert csv_cells_apart(prose) == prose
    lone = '粮食总产量,吨,"68,420",2.1\n'
    assert csv_cells_apart(lone) == lone


def test_a_table_saved_as_csv_is_read(extractor: Extractor) -> None:
    """表1 | 指标,单位,2025年,比上年增长（%） | rows with quoted thousands: each row's level in its unit and its growth."""
    text = ('表1 2025年主要指标\n指标,单位,2025年,比上年增长（%）\n粮食总产量,吨,"68,420",2.1\n'
            '社会消费品零售总额,万元,"286,340",5.1\n接待游客,万人次,412.6,""\n')
    got = _got(_run(extractor, text, "2026-03-25", source="某某县统计局"), "value", "role")
    assert got == [("68,420", 68420, "level"), ("2.1", 2.1, "change"), ("286,340", 2863400000, "level"),
                   ("5.1", 5.1, "change"), ("412.6", 4126000, "level")]
