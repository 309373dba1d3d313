"""What the blind set data/gold/news31 found: seven county items where when a figure holds is the hard part (博白's
jobs under 今年以来, 截至10月底, 1-9月 and 去年全年; 三台's “十四五” review of 2021年至2025年 with 五年来 and 近三年 in late
December; 垫江's year just ended in a January item; 黎平's quarters; 澄迈's spring hiring month; 大竹's plan of 2023
whose goals fell due in 2025; 始兴's fair of 12月29日 in a weekly of 2 January): the weekly's item dated by the
document's year (今年以来 there read as the new year, 明年 a year too late), and 五年来 in a year-end review of December
counted as the five years before it. Sentences invented, in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_an_item_opening_on_a_day_of_last_december_speaks_from_that_day(extractor: Extractor) -> None:
    """本报讯 12月28日，… in a weekly of 2026-01-03: the fair was held in December 2025, so 今年以来 there is 2025 and
    明年 is 2026."""
    text = ("某县冬季招聘会送岗到家门\n本报讯（记者 张三）12月28日，某县冬季专场招聘会举行，65家企业提供岗位1320个。"
            "今年以来，全县城镇新增就业2860人。明年，该县计划新增就业岗位1800个。")
    got = _got(_run(extractor, text, "2026-01-03", source="某某日报"), "role", "period")
    assert got == [("65家", "level", "2025-12"), ("1320个", "level", "2025-12"), ("2860人", "level", "2025"),
                   ("1800个", "target", "2026")]


def test_a_day_a_few_months_ahead_is_an_event_to_come(extractor: Extractor) -> None:
    """7月1日起，… in an item of June: a rule that takes effect this year, not a day of the year before."""
    text = "本报讯 7月1日起，某县城乡居民基础养老金每人每月提高至168元。"
    got = _got(_run(extractor, text, "2026-06-20", source="某某日报"), "period")
    assert got == [("168元", "2026-07")]


def test_five_years_in_a_december_review_count_the_year_closing(extractor: Extractor) -> None:
    """五年来 in a review published on 2025-12-26: the five years 2021-2025, the year nearly over among them; in a
    report of January 2026 the same words are the five full years before it."""
    text = "本报讯 五年来，全县累计新增养老床位1860张。"

    def beds(published: str) -> list[tuple]:
        return [g for g in _got(_run(extractor, text, published, source="某某日报"), "period") if g[0] == "1860张"]
    assert beds("2025-12-26") == [("1860张", "2021-2025")]
    assert beds("2026-01-20") == [("1860张", "2021-2025")]
    assert beds("2025-06-20") == [("1860张", "2020-2024")]


def test_a_goal_named_right_after_the_verb_that_set_it_is_a_target(extractor: Extractor) -> None:
    """2023年，某县印发《方案》，提出到2025年，…达到3200张 in an item of 2026: the plan's goal, due in a year now past, is
    still a target; what the county reached by then (截至2025年底…已达3350张) is the level."""
    text = ("本报讯 2023年，某县印发《养老服务体系建设三年行动方案》，提出到2025年，全县养老机构床位达到3200张。"
            "截至2025年底，全县养老机构床位已达3350张。")
    got = _got(_run(extractor, text, "2026-06-12", source="某某日报"), "role", "period")
    assert got == [("3200张", "target", "2025"), ("3350张", "level", "2025")]


def test_the_yearly_mean_of_new_jobs_counts_new_jobs(extractor: Extractor) -> None:
    """累计城镇新增就业3.62万人，年均新增7240人: the yearly mean of what the figure before adds counts what it counts."""
    text = "本报讯 五年来全县累计城镇新增就业3.62万人，年均新增7240人。"
    figs = _run(extractor, text, "2025-12-26", source="某某日报")
    assert [(f["quote"], f["metric"]) for f in figs if f["quote"] != "五年"] == [
        ("3.62万人", "jobs.urban_new"), ("7240人", "jobs.urban_new")]
