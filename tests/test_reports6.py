"""What the blind set data/gold/reports6 found: county-level texts (a county's and a district's work
reports, a county-level city's 1—10月 bulletin, a county's 一季度 and half-year bulletins, two papers'
news of a county, a banner's 民生实事 list, a forest district's 卫健 summary and a county's 人社
summary), three read from a page (numbers broken at line ends, spaced characters, page feet and a
paper's running head between paragraphs), tables read as lines. Sentences invented, in the style of
such texts; the figures worked out by hand from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted


def test_a_table_whose_column_is_headed_by_the_months_it_covers(extractor: Extractor) -> None:
    """产品名称 单位 1—10月 同比增长(%): a bulletin's column headed by the months its cells cover, a level
    of the time the text gives; the head was no table's (only years headed a level column)."""
    page = ("1—10月，全市原煤产量4216万吨，同比增长2.6%。\n表1 1—10月主要工业产品产量\n"
            "产品名称 单位 1—10月 同比增长(%)\n原煤 万吨 4216 2.6\n发电量 亿千瓦时 215.8 6.3\n三、固定资产投资\n")
    figs = _run(extractor, page, "2026-11-18")
    assert quoted(figs, "value", "measure", "role", "period")[2:] == [
        ("4216", 42160000, "吨", "level", "2026M01-M10"), ("2.6", 2.6, "%", "change", "2026M01-M10"),
        ("215.8", 21580000000, "千瓦时", "level", "2026M01-M10"), ("6.3", 6.3, "%", "change", "2026M01-M10")]


def test_growth_and_share_by_industry_read_as_lines(extractor: Extractor) -> None:
    """行业 增速(%) 比重(%): an industry's growth and its share of the whole, both under a percent mark."""
    page = ("一季度，全县规模以上工业增加值增长7.8%。\n表2 主要行业增加值\n行业 增速(%) 比重(%)\n"
            "稀土加工 12.6 18.3\n纺织服装 6.2 24.5\n")
    figs = _run(extractor, page, "2026-04-22")
    assert quoted(figs, "measure", "role") == [
        ("7.8%", "%", "change"), ("12.6", "%", "change"), ("18.3", "%", "level"), ("6.2", "%", "change"),
        ("24.5", "%", "level")]


def test_poultry_counted_in_birds(extractor: Extractor) -> None:
    """羽 counts birds (家禽出栏186.5万羽); 羽毛, 羽绒 are no measure."""
    figs = _run(extractor, "家禽出栏186.5万羽，下降1.7%；新建3羽毛球馆。", "2026-04-22")
    assert quoted(figs, "value", "measure") == [("186.5万羽", 1865000, "羽"), ("1.7%", 1.7, "%")]


def test_a_month_end_heading_a_clause_in_a_january_review_is_last_december(extractor: Extractor) -> None:
    """截至12月底，… in a summary of January 2026 is December 2025 (and what its sentence carries on), not a
    month still to come; a deadline (6月底前) stays ahead."""
    figs = _run(extractor, "截至12月底，全县参保人数达到11.28万人，参保率99.2%；企业职工参保2.46万人。",
                "2026-01-12")
    assert quoted(figs, "period") == [("11.28万人", "2025-12"), ("99.2%", "2025-12"), ("2.46万人", "2025-12")]
    figs = _run(extractor, "12月末，全县金融机构存款余额312.6亿元。", "2026-01-12")
    assert quoted(figs, "period") == [("312.6亿元", "2025-12")]
    figs = _run(extractor, "6月底前，全县新建充电桩200个。", "2026-01-12")
    assert quoted(figs, "role", "period") == [("200个", "target", "2026-06")]


def test_the_goal_a_result_is_compared_with_is_no_cue(extractor: Extractor) -> None:
    """增速比全年预期目标低0.8个百分点，比上年同期回落0.6个百分点: the year's goal is the base of a comparison,
    both gaps are changes of the result (回落 was read as a goal)."""
    figs = _run(extractor, "一季度生产总值同比增长5.7%，增速比全年预期目标低0.8个百分点，比上年同期回落0.6个百分点。",
                "2026-04-22")
    assert quoted(figs, "role") == [("5.7%", "change"), ("0.8个百分点", "change"), ("0.6个百分点", "change")]
    figs = _run(extractor, "今年主要预期目标：地区生产总值增长6%左右。", "2026-01-20")
    assert quoted(figs, "role") == [("6%左右", "target")]


def test_a_plan_section_runs_past_a_page_foot_and_a_table_of_goals(extractor: Extractor) -> None:
    """二、2026年主要预期目标, then a table of goals read as lines and a page's foot (报告   — 4 —): neither
    is a heading that ends the plan section, so the measures after them are still goals. 五、2026年工作目标
    heads a plan as 主要目标 does."""
    page = ("一、2025年工作回顾\n全年新增养老床位260张。\n二、2026年主要预期目标\n表1 主要指标\n"
            "指标名称 单位 绝对数 比上年增长(%)\n城镇新增就业 万人 2.86 3.1\n某区人民政府工作报告            — 4 —\n"
            "同时，力争新增高新技术企业100家以上；新增养老床位300张。\n")
    figs = _run(extractor, page, "2026-01-20")
    assert [f for f in quoted(figs, "role", "period") if f[0] not in ("2.86", "3.1")] == [
        ("260张", "level", "2025"), ("100家以上", "target", "2026"), ("300张", "target", "2026")]
    page = "五、2026年工作目标\n2026年，确保城镇新增就业2000人以上；新增农村劳动力转移就业3000人以上。\n"
    figs = _run(extractor, page, "2026-01-12")
    assert quoted(figs, "role") == [("2000人以上", "target"), ("3000人以上", "target")]


def test_a_change_after_a_from_to_pair_of_another_clause_keeps_its_time(extractor: Extractor) -> None:
    """…由上年同期的73.6%提高到77.2%；某镇产值26.8亿元，增长13.5%: the growth is of its own clause's figure,
    not the change the pair before the semicolon makes (it took the pair's span, 2025-2026)."""
    figs = _run(extractor, "前三季度，园区收入占比由上年同期的73.6%提高到77.2%；马当镇产值26.8亿元，增长13.5%。",
                "2026-10-25")
    assert quoted(figs, "period")[-1] == ("13.5%", "2026Q1-Q3")
    figs = _run(extractor, "全县装机容量由2020年的18万千瓦增加到64.5万千瓦，增长2.58倍。", "2024-01-20")
    assert quoted(figs, "period")[-1] == ("2.58倍", "2020-2024")


def test_certificates_a_training_yields_are_jobs_figures(extractor: Extractor) -> None:
    """取证2870人，取证率72.5%, 新增取证人员3000人: those certified after training, and their share."""
    figs = _run(extractor, "开展技能培训3960人次，取证2870人，取证率72.5%；力争新增取证人员3000人。", "2026-01-12")
    assert quoted(figs, "metric") == [("3960人次", "jobs.training"), ("2870人", "jobs.skills"),
                                      ("72.5%", "jobs.skills"), ("3000人", "jobs.skills")]
