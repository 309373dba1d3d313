"""Places the earlier rules left wrong. Sentences invented."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted


def test_a_city_patients_had_to_go_to_is_no_place_of_the_figures_after(extractor: Extractor) -> None:
    """“以前做大手术要跑太原…” then 目前，…新增床位100张 in a 晋中 paper: the beds are of 晋中, not of 太原."""
    figs = _run(extractor, "某县医院新院区启用\n“以前做大手术要跑太原，现在在家门口就能做了。”村民说。"
                           "目前，医院计划新增康复床位100张。", "2026-08-26", "晋中日报")
    assert quoted(figs, "place") == [("100张", "晋中市")]


def test_a_role_a_unit_is_named_by_points_back_to_that_unit(extractor: Extractor) -> None:
    """由苏州某附属医院作为输出医院运营管理 in a 南通 paper: later 输出医院已派驻专家30余人 is that hospital's, of
    苏州市; a figure of a sentence naming no role is not that hospital's."""
    figs = _run(extractor, "某医院托管区中医院\n区中医院将由苏州大学附属第一医院作为输出医院全面运营管理。"
                           "目前，输出医院已派驻专家团队30余人。全市今年新增床位200张。", "2026-03-02", "南通日报")
    assert quoted(figs, "place") == [("30余人", "苏州市"), ("200张", "南通市")]


def test_a_clause_opening_with_a_unit_named_by_its_level_is_that_levels(extractor: Extractor) -> None:
    """…某区实验小学新校区启用，新增学位900个；市人民医院新增床位260张 in a 湛江 paper: the hospital is the
    city's, not the district's the clause before named."""
    figs = _run(extractor, "民生实事进展顺利\n赤坎区实验小学新校区启用，新增学位900个；市人民医院新增床位260张。",
                "2026-01-20", "湛江日报")
    assert quoted(figs, "place") == [("900个", "赤坎区"), ("260张", "湛江市")]


def test_a_county_a_paragraph_names_as_an_example_is_not_the_next_paragraphs(extractor: Extractor) -> None:
    """A paragraph on the city's fair ends on a county's firm hiring 40 (an example); the next paragraph, naming no
    place, is of the city again."""
    figs = _run(extractor, "招聘会举行\n全市今年举办招聘会80场。其中技工专场提供岗位900个，曲江区一家企业招聘焊工40名。"
                           "\n家政专场吸引企业35家。", "2026-02-20", "韶关日报")
    assert quoted(figs, "place") == [("80场", "韶关市"), ("900个", "韶关市"), ("40名", "曲江区"), ("35家", "韶关市")]


def test_a_reports_goals_for_the_year_are_the_whole_areas(extractor: Extractor) -> None:
    """2026年主要预期目标是：… after a sentence on a county: the goals are the city's."""
    figs = _run(extractor, "政府工作报告\n全市城镇新增就业3.8万人。武陟县新增养老床位300张。"
                           "\n2026年主要预期目标是：城镇新增就业4万人以上。",
                "2026-01-25", "焦作日报")
    assert quoted(figs, "place") == [("3.8万人", "焦作市"), ("300张", "武陟县"), ("4万人以上", "焦作市")]


def test_a_quotations_figure_is_of_where_its_speaker_stands(extractor: Extractor) -> None:
    """本报讯（记者…）“…一天能挣200元。”在某县某镇项目工地，村民说 in a city paper: the wage is of that county."""
    figs = _run(extractor, "以工代赈带动增收\n本报讯（记者 王明）“在家门口干活，一天能挣200元。”3月2日，在文县碧口镇"
                           "以工代赈项目工地，村民李强说。今年全市实施以工代赈项目30个。", "2026-03-05", "陇南日报")
    assert quoted(figs, "place") == [("200元", "文县"), ("30个", "陇南市")]
