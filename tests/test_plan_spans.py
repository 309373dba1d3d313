"""Work reports and lists of the year's works: a headline naming a programme of works for the year, the
from end of a pair under a plan, a span of years set between paragraphs of the year reported, pairs set
side by side, and a table of goals whose cells carry a qualifier (short invented texts)."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted

PLAN = ("甲县2026年十项民生实事\n"
        "为办好民生实事，确定2026年实施十项民生实事，计划总投资6.8亿元。2025年，全县城镇新增就业2300人，新增养老床位210张。"
        "今年确定的十项民生实事，县财政安排专项资金4.2亿元。\n"
        "1.改善医疗条件。县人民医院新增床位200张，每千人口床位数由6.9张提高到7.8张。\n")


def test_a_headline_of_the_year_s_works_makes_its_figures_targets(extractor: Extractor) -> None:
    """Early in the year the list is a plan; the past it names (2025年，…) stays a result, and a pair's from
    end is the level the plan starts from, at the end of the year before."""
    got = dict((q, (r, p)) for q, r, p in quoted(dated_figures(extractor, PLAN, "2026-02-05"), "role", "period"))
    assert got["2300人"] == ("level", "2025") and got["210张"] == ("level", "2025")
    assert got["4.2亿元"] == ("target", "2026") and got["200张"] == ("target", "2026")
    assert got["7.8张"] == ("target", "2026") and got["6.9张"] == ("level", "2025")


def test_a_headline_of_the_year_s_works_late_in_the_year_or_of_results_is_no_plan(extractor: Extractor) -> None:
    late = dict((q, r) for q, r in quoted(dated_figures(extractor, PLAN, "2026-11-20"), "role"))
    assert late["200张"] == "level" and late["4.2亿元"] == "level"
    done = "甲县2025年十项民生实事完成情况\n1.改善医疗条件。县人民医院新增床位200张。\n"
    assert ("200张", "level") in quoted(dated_figures(extractor, done, "2026-01-10"), "role")


def test_a_span_between_paragraphs_of_the_year_reported_ends_at_the_next_part(extractor: Extractor) -> None:
    """2025年，… then “十四五”期间，… : the lead of a new part (产业发展。) goes back to 2025; with no year
    before it the span carries on, as a review of five years alone goes on over them."""
    span = "“十四五”期间，全县一般公共预算收入累计完成36.4亿元。\n产业发展。全县新增养老床位120张。\n"
    both = "2025年，全县地区生产总值98.6亿元，增长5.4%。\n" + span
    got = quoted(dated_figures(extractor, both, "2026-01-08"), "period")
    assert ("36.4亿元", "2021-2025") in got and ("120张", "2025") in got
    assert ("120张", "2021-2025") in quoted(dated_figures(extractor, span, "2026-01-08"), "period")


def test_pairs_side_by_side_share_the_from_year(extractor: Extractor) -> None:
    text = ("“十四五”期间，全县地区生产总值年均增长6.8%，一般公共预算收入累计达到318.6亿元，"
            "医院床位由2020年的812张增加到1126张，每千人口床位数由5.6张增加到7.1张。\n")
    got = quoted(dated_figures(extractor, text, "2026-01-20"), "period")
    assert ("318.6亿元", "2021-2025") in got
    assert ("5.6张", "2020") in got and ("7.1张", "2025") in got


def test_a_table_of_goals_keeps_its_section_going(extractor: Extractor) -> None:
    """Rows whose last cell carries a qualifier (6左右) are rows, no heading: the plan section goes on."""
    text = ("二、2026年主要预期目标\n表1 2026年主要预期目标\n指标名称 单位 2025年完成 2026年目标\n"
            "地区生产总值增长 % 6.2 6左右\n城镇新增就业 万人 2.86 2.5以上\n新增养老床位300张，新增托位200个。\n")
    got = quoted(dated_figures(extractor, text, "2026-01-20"), "role", "period", "qualifier")
    assert ("6左右", "target", "2026", "approx") in got and ("6.2", "change", "2025", "exact") in got
    assert ("2.5以上", "target", "2026", "lower_bound") in got
    assert ("300张", "target", "2026", "exact") in got


def test_a_lead_after_a_span_goes_back_to_no_year_long_past(extractor: Extractor) -> None:
    """继2010年获评…后 looks back to a year long past: a lead after the span that follows (未来3年) does not
    make the next part's figures of 2010; the same text with 2019年 (the year before a report of 2020)
    does."""
    text = ("日前，甲县园区继{y}年获评示范基地后，再次获评示范基地。力争在未来3年时间里，培育10个龙头企业。\n"
            "\n明确思路：融入主城区，联结乙丙丁\n\n"
            "全县境内的铁路共设60个车站。\n")
    old = dict(quoted(dated_figures(extractor, text.format(y=2010), "2020-03-20"), "period"))
    assert old["60个"] != "2010"
    recent = dict(quoted(dated_figures(extractor, text.format(y=2019), "2020-03-20"), "period"))
    assert recent["60个"] == "2019"


def test_a_headline_of_the_year_s_works_so_far_is_no_plan(extractor: Extractor) -> None:
    """今年以来 reports what is done since the year began: a box of such figures holds results, not goals."""
    box = "数读·今年以来全县民生实事\n■ 72% 民生实事项目完成投资进度\n■ 1800户 危房改造开工\n"
    got = quoted(dated_figures(extractor, box, "2026-05-20"), "role")
    assert ("72%", "level") in got and ("1800户", "level") in got
