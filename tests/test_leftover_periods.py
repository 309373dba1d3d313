"""Periods of goals, spans and pairs that the earlier rules left wrong (news, reports). Sentences invented."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _quoted


def quoted(figs: list[dict], *keys: str) -> list[tuple]:
    """As `tests.dated.quoted`, an empty period (null in the table) written ""."""
    return [tuple("" if v is None else v for v in row) for row in _quoted(figs, *keys)]


def test_a_goal_for_the_whole_year_is_this_years_after_a_stock_of_last_year(extractor: Extractor) -> None:
    """今年以来…。截至2025年底… then 将确保全年… in an item of November 2026: the goal is this year's, the stock
    last year's; a bulletin of 2025 published in April 2026, which never speaks of 2026, keeps its year's goal."""
    figs = _run(extractor, "某市稳就业\n今年以来，全市新增就业2.6万人。截至2025年底，全市养老床位达到9000张。"
                           "市人社局表示，将确保全年城镇新增就业3万人。", "2026-11-20")
    assert quoted(figs, "role", "period")[1:] == [("9000张", "level", "2025"), ("3万人", "target", "2026")]
    figs = _run(extractor, "某市统计公报\n2025年，全市城镇新增就业5万人。城镇登记失业率2.4%，控制在全年目标4.5%以内。",
                "2026-04-10")
    assert quoted(figs, "role", "period")[-1] == ("4.5%以内", "target", "2025")


def test_the_next_step_is_due_no_time_the_sentences_before_carry(extractor: Extractor) -> None:
    """今年1—7月… then 下一步，…将新增…: what was done is dated, the work still to do is not."""
    figs = _run(extractor, "某县以工代赈\n今年1—7月，全县发放岗位补贴1350万元。下一步，全县将新增项目5个以上。",
                "2026-08-20")
    assert quoted(figs, "role", "period") == [("1350万元", "level", "2026M01-M07"), ("5个以上", "target", "")]


def test_what_follows_once_in_use_is_undated(extractor: Extractor) -> None:
    """新院区全部启用后将提高到…，…有望达到…: due when the campus opens, a time the text does not name."""
    figs = _run(extractor, "某县医院\n今年1—8月，医院门诊量达到41.3万人次。目前全县每千人口床位数为5.8张，"
                           "新院区全部启用后将提高到6.9张，县域内就诊率有望达到90%以上。", "2026-09-16")
    assert quoted(figs, "period")[-2:] == [("6.9张", ""), ("90%以上", "")]


def test_since_a_plan_over_runs_to_the_documents_year(extractor: Extractor) -> None:
    """十四五以来 in an item of August 2026: 2021-2026; in a report of February 2026 still the plan's years."""
    text = "某旗卫生\n十四五以来，全旗累计投入医疗卫生项目资金4.6亿元。"
    assert quoted(_run(extractor, text, "2026-08-12"), "period") == [("4.6亿元", "2021-2026")]
    assert quoted(_run(extractor, text, "2026-02-12"), "period") == [("4.6亿元", "2021-2025")]


def test_from_ends_listed_together_share_their_time(extractor: Extractor) -> None:
    """由去年同期的48%和52%提高到71.3%和68.5%: both from ends are last year's, both to ends now."""
    figs = _run(extractor, "某市卫生院\n甲、乙镇卫生院床位使用率分别由去年同期的48%和52%提高到71.3%和68.5%。", "2026-09-08")
    assert quoted(figs, "period") == [("48%", "2025"), ("52%", "2025"), ("71.3%", "2026-09"), ("68.5%", "2026-09")]


def test_the_years_since_end_with_their_paragraph(extractor: Extractor) -> None:
    """2021年以来，…累计… / 在某镇，…总投资860万元: the next line reports as of now, not over the years."""
    figs = _run(extractor, "某县以工代赈\n据统计，2021年以来，全县累计实施以工代赈项目96个。\n"
                           "在某镇，产业路项目总投资860万元。", "2026-08-20")
    assert quoted(figs, "period") == [("96个", "2021-2026"), ("860万元", "2026-08")]


def test_a_mark_passed_under_a_span_is_at_its_end(extractor: Extractor) -> None:
    """“十四五”时期，…年均增长5.9%；人均地区生产总值突破8万元: the mark is passed at the span's end."""
    figs = _run(extractor, "某省经济\n“十四五”时期，全省地区生产总值年均增长5.9%；人均地区生产总值突破8万元。", "2026-01-18")
    assert quoted(figs, "period") == [("5.9%", "2021-2025"), ("突破8万元", "2025")]


def test_a_total_change_over_a_pair_is_over_the_span_it_reviews(extractor: Extractor) -> None:
    """五年来，…。由2020年的38微克…下降到2025年的29微克…，累计下降23.7%: over the review's years, 2021-2025."""
    pair = "细颗粒物年均浓度由2020年的38微克/立方米下降到2025年的29微克/立方米，累计下降23.7%。"
    figs = _run(extractor, "某市政府工作报告\n五年来，全市地区生产总值年均增长5.2%。" + pair, "2026-01-14")
    assert quoted(figs, "period")[-1] == ("23.7%", "2021-2025")
    assert quoted(_run(extractor, "某市政府工作报告\n" + pair, "2026-01-14"), "period")[-1] == ("23.7%", "2020-2025")


def test_a_time_word_inside_another_word_names_no_time(extractor: Extractor) -> None:
    """实现在外省就业 holds 现在 (now) across two words: the goal keeps the year it is due, not the document's
    month; 目前 on its own still dates a stock to the month of writing."""
    figs = _run(extractor, "某县劳务协作\n目前全县在外务工3.2万人。该县计划到2028年实现在外省稳定就业人数突破2万人。",
                "2026-11-20")
    assert quoted(figs, "role", "period") == [("3.2万人", "level", "2026-11"), ("突破2万人", "target", "2028")]


def test_a_goal_of_a_coming_event_is_due_when_it_is_held(extractor: Extractor) -> None:
    """将于12月12日举办招聘会，预计提供岗位1500个 in a paper of 3 December: due that month; 将于1月… of the year
    after is left undated."""
    figs = _run(extractor, "招聘会预告\n市人才中心将于12月12日举办专场招聘会，预计提供岗位1500个。"
                           "县人才中心将于1月8日举办招聘会，预计提供岗位600个。", "2026-12-03", "某某日报")
    assert quoted(figs, "period") == [("1500个", "2026-12"), ("600个", "")]
