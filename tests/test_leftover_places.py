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
