"""What the blind set data/gold/damaged found: nine news items and bulletin pages (jobs, beds, industry and farm
land, a city's economy, a budget, foreign trade, a work report, a county's half year) from Anhui, Guangdong,
Heilongjiang, Hunan, Shandong, Zhejiang, Jiangxi, Liaoning and Gansu, every one damaged as PDF extractors
damage text: column lines cut inside numbers (with and without hyphen marks), spaced and full-width figures,
two columns read across, another item glued in, running heads and a page jump, GBK, CRLF, form feeds, tables
read as lines. Sentences invented, in the style of such items; the figures worked out by hand from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_table_takes_the_caption_and_unit_note_set_on_the_lines_above_its_head(extractor: Extractor) -> None:
    """表2 / 2024年全县财政收支 / 单位：万元, each a line, then 项目 本期完成 上年同期 增减%: the cells are 万元 of
    2024, 上年同期 the same span a year before, 增减% a change."""
    text = ("表2  2024年全县财政收支\n单位：万元\n项目          本期完成      上年同期      增减%\n"
            "一般公共预算收入    52310     50120     4.4\n")
    assert _got(_run(extractor, text, "2025-02-10"), "value", "role", "period") == [
        ("52310", 523100000, "level", "2024"), ("50120", 501200000, "level", "2023"), ("4.4", 4.4, "change", "2024")]


def test_a_column_headed_by_its_months_is_a_level(extractor: Extractor) -> None:
    """指标名称 1-9月 同比增长（%）: the months a column sums head it as 本期 would."""
    text = "表1  主要指标\n单位：万元\n指标名称      1-9月      同比增长（%）\n社会消费品零售总额    45120    3.6\n"
    assert _got(_run(extractor, text, "2025-10-20"), "value", "role") == [("45120", 451200000, "level"),
                                                                          ("3.6", 3.6, "change")]


def test_a_mark_that_broke_a_number_at_a_lines_end_is_dropped(extractor: Extractor) -> None:
    """0.­ / 2个百分点 (a soft hyphen), 91.‐ / 7% (a hyphen), 68- / 00万元 (no number goes on with 00): one
    number each; 3- / 5个 may be a range and stays one."""
    text = ("本报讯 全市城镇调查失业率下降0.\u00ad\n2个百分点，去向落实率达91.\u2010\n7%，发放补贴68-\n"
            "00万元，新建站点3-\n5个。")
    assert _got(_run(extractor, text, "2025-10-22"), "value", "value_high") == [
        ("0.2个百分点", 0.2, None), ("91.7%", 91.7, None), ("6800万元", 68000000, None), ("3-5个", 3, 5)]


def test_a_sentence_runs_on_over_a_page_break_and_the_next_pages_running_head(extractor: Extractor) -> None:
    """…对东盟进出口31 | form feed | 某某日报 … 第3版 经济 | 2.5亿元: the page broke a number; the sentence
    goes on past the break and the running head as it does past a running head alone."""
    text = ("本报讯 今年前8个月，全市外贸进出口总值2156.8亿元，同比增长9.3%，其中对东盟进出口31\n\f"
            "某某日报  2025年9月12日  星期五  第3版  经济\n2.5亿元，增长18.4%。")
    assert _got(_run(extractor, text, "2025-09-12"), "value") == [
        ("2156.8亿元", 215680000000), ("9.3%", 9.3), ("312.5亿元", 31250000000), ("18.4%", 18.4)]


def test_a_column_line_of_many_digits_is_no_headline_set_into_it(extractor: Extractor) -> None:
    """的126.4万人增加到128.9万 holds as many characters as its column is wide (its digits set full width):
    a line of the paragraph, not another item's headline held back to its end."""
    text = ("本报讯 针对重点群体，市人社局开展职\n业技能培训，全市农村劳动力转移就业由去年底\n"
            "的126.4万人增加到128.9万\n人，其中县外转移就业占比约六成。")
    assert _got(_run(extractor, text, "2025-10-22"), "period") == [
        ("126.4万人", "2024"), ("128.9万人", "2025-10"), ("约六成", "2025-10")]


def test_the_first_firms_of_a_ranking_are_no_count(extractor: Extractor) -> None:
    """前20户重点工业企业 names the top twenty; 新增企业12户 counts."""
    text = "本报讯 全市前20户重点工业企业产值增长8.1%，新增企业12户。"
    assert _got(_run(extractor, text, "2025-11-18"), "value") == [("8.1%", 8.1), ("12户", 12)]


def test_the_year_of_a_from_end_counted_from_the_document_dates_that_figure_alone(extractor: Extractor) -> None:
    """由去年底的126.4万人增加到128.9万人: 去年底 is the time of the from end only; the next sentence's figures
    are of the document's year, not of last year."""
    text = "本报讯 全市转移就业由去年底的126.4万人增加到128.9万人。全市向5120家企业发放资金1.07亿元。"
    assert _got(_run(extractor, text, "2025-10-22"), "period") == [
        ("126.4万人", "2024"), ("128.9万人", "2025-10"), ("5120家", "2025-10"), ("1.07亿元", "2025-10")]


def test_a_plan_period_in_quotes_after_a_comparison_word_is_its_base(extractor: Extractor) -> None:
    """比“十三五”末增加4312张: the quote mark between 比 and the plan's name leaves it the base of the change; the
    figures keep 截至6月底."""
    text = "本报讯 截至6月底，全市床位达20468张，比“十三五”末增加4312张。其中公立医院床位1.36万张。"
    assert _got(_run(extractor, text, "2025-08-15"), "period") == [
        ("20468张", "2025-06"), ("4312张", "2025-06"), ("1.36万张", "2025-06")]


def test_two_columns_read_across_a_line_at_a_time_are_put_back_in_column_order(extractor: Extractor) -> None:
    """Lines of two items taken in turn, no blank line between (an extractor that makes each line a box and
    sorts the boxes down the page): 148 | (the other item) | 6.3万吨 is one number; each item reads on in its
    own column."""
    text = ("本报讯 全市原煤产量148\n本报讯 今年绥滨县新建高标\n6.3万吨，同比增长4.2\n准农田12万亩，总投资2.\n"
            "%；石墨精粉产量36.8万\n16亿元，粮食播种面积稳定\n吨，增长19.4%；发电量\n在186万亩，预计总产量达\n"
            "42.6亿千瓦时，增长3.\n到24.5亿斤，比上年增加\n4%；焦炭产量128.5万\n0.8亿斤。\n吨，增长2.7%。\n")
    assert [q for q, in _got(_run(extractor, text, "2025-11-18"))] == [
        "1486.3万吨", "4.2%", "36.8万吨", "19.4%", "42.6亿千瓦时", "3.4%", "128.5万吨", "2.7%",
        "12万亩", "2.16亿元", "186万亩", "24.5亿斤", "0.8亿斤"]
