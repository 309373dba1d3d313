"""What the blind set data/gold/damaged22 found: five texts of our own damaged by scripts/gold_damaged22.py (every
third line of a PDF's text layer given right to left; a slide deck exported to PDF, big numbers on a line of their own
with their label under them; digits in another font gathered at each line's end; each paragraph one long line with the
section heading run into the paragraph before; an OA mail forwarded as text, > at each line's start and its table's
cells parted by tabs). Blind, main read nothing of a reversed line whose numbers came out last digit first, read
nothing of the quoted table (> before its first cell, and 比上年增加 no column word of amounts), read the mail's
附件：1.2025年… as 1.2025 年, took +6.1% for a level and the goals under 五、2026年目标 for levels. Sentences invented, in
the style of such pages."""

from __future__ import annotations

from stats.read.quoted import quote_marks_blank
from stats.repair.layout import undamaged
from stats.rules.rulefile import RuleSet
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_line_given_right_to_left_is_read_in_its_order(ruleset: RuleSet) -> None:
    """人0523业就增新镇城县全 (a percent sign or a magnitude before its number, none after one): the line read right to
    left, one character for one; the lines around it, and a line of 1万2千 (a magnitude on both sides), stay."""
    text = "某某县2025年城镇新增就业\n%8.401的务任成完，人0523业就增新镇城县全\n全县新增就业3250人。\n"
    out = undamaged(text, misreads=ruleset.lexicon.misreads)
    assert out == "某某县2025年城镇新增就业\n全县城镇新增就业3250人，完成任务的104.8%\n全县新增就业3250人。\n"
    kept = "全县共有1万2千名志愿者参加服务活动\n金额单位：亿元2025年度全县各部门支出合计\n"
    assert undamaged(kept, misreads=ruleset.lexicon.misreads) == kept


def test_a_chinese_numeral_before_its_magnitude_is_no_reversed_line(ruleset: RuleSet, extractor: Extractor) -> None:
    """三万2千吨 (a Chinese numeral before 万, a digit after it) is a number written in its order in two scripts, not a
    reversed 千2万: a line holding it stays as it is, and its other figures are read (a generated case had the whole
    line reversed, so 新建学校65所 was lost); 十万5千人 and 五百万3千元 stay too."""
    for kept in ("全年共计三万2千吨，新建学校65所\n", "今年新增就业岗位十万5千个，其中公益性岗位1200个\n",
                 "累计投入五百万3千元，建成卫生室16个\n"):
        assert undamaged(kept, misreads=ruleset.lexicon.misreads) == kept
    assert ("65所", 65) in _got(_run(extractor, "全年共计三万2千吨，新建学校65所。", "2026-01-20"), "value")


def test_figures_of_a_reversed_line_are_read(extractor: Extractor) -> None:
    """A wrapped paragraph whose middle line came out right to left: its figures, and the qualifier cut onto it."""
    text = "全县农村劳动力转移就业6.2万人，脱贫\n元亿4.31入收工务，人万1.3业就工务力动劳\n，同比增长4.6%。\n"
    got = _got(_run(extractor, text, "2026-01-20", source="某某县融媒体中心"), "value")
    assert got == [("6.2万人", 62000), ("3.1万人", 31000), ("13.4亿元", 1340000000), ("4.6%", 4.6)]


def test_quote_marks_of_a_forwarded_mail_are_blank_one_for_one() -> None:
    """> and > > at the start of two quoted lines or more: spaces, as long as written; a lone quoted line and a bound
    glued to its number (>5%) stay."""
    text = "各单位：\n> 全县新增就业860人。\n> > 其中县外620人。\n>\n"
    out = quote_marks_blank(text)
    assert len(out) == len(text)
    assert out == "各单位：\n  全县新增就业860人。\n    其中县外620人。\n \n"
    lone = "> 全县新增就业860人。\n正文\n"
    assert quote_marks_blank(lone) == lone
    bound = ">5%\n>6%\n"
    assert quote_marks_blank(bound) == bound


def test_a_quoted_table_of_tab_parted_cells_is_read(extractor: Extractor) -> None:
    """A forwarded 通报's table: > before each row, cells parted by tabs, the merged 类别 cell on each of its rows, a
    比上年增加 column of amounts (14 more, in the row's unit)."""
    text = ("> 附表：2025年主要指标\n> 类别\t指标\t单位\t2025年\t比上年增加\n> 就业\t城镇新增就业\t人\t920\t40\n"
            "> 培训\t职业培训补贴\t万元\t210\t14\n")
    got = _got(_run(extractor, text, "2026-01-30", source="某某县人民政府办公室"), "value", "role")
    assert got == [("920", 920, "level"), ("40", 40, "change"), ("210", 2100000, "level"), ("14", 140000, "change")]


def test_a_list_mark_run_into_a_year_is_no_duration(extractor: Extractor) -> None:
    """附件：1.2025年…docx / 2.2026年…: a list of attachments, no figure of 1.2025 年; 工期1.5年 stays one."""
    text = "附件：1.2025年就业统计表.docx\n2.2026年工作要点.docx\n项目工期1.5年，总投资3.6亿元。\n"
    got = _got(_run(extractor, text, "2026-01-30", source="某某县人民政府办公室"), "value")
    assert got == [("1.5年", 1.5), ("3.6亿元", 360000000)]


def test_a_plus_sign_makes_a_change_and_a_goals_heading_a_plan(extractor: Extractor) -> None:
    """A slide's card (+5.2% over 床位增长) is a growth; the bullets under 四、2026年目标 are the year's goals (under a
    heading of a year before the document's they stay levels)."""
    text = "一、床位\n实有床位980张\n+5.2%\n床位增长\n四、2026年目标\n新增医疗床位80张；\n每千常住人口床位数达到6.9张。\n"
    got = _got(_run(extractor, text, "2026-02-20", source="某某县卫生健康局"), "value", "role")
    assert got == [("980张", 980, "level"), ("5.2%", 5.2, "change"), ("80张", 80, "target"),
                   ("6.9张", 6.9, "target")]
    past = _got(_run(extractor, text.replace("2026年目标", "2024年目标"), "2026-02-20", source="某某县卫生健康局"),
                "value", "role")
    assert past[2:] == [("80张", 80, "level"), ("6.9张", 6.9, "level")]
