"""Leftovers from earlier stops: a year glued before a programme's name that a measure word opens (2024人才计划)
counted no people; 许 after a figure (两万元许) is a literary "about"; 零上 signs a temperature above zero, and
with it a range from 零下 is sure (零下5℃到零上3℃); 新的一年 in a December item is the coming year. Sentences
invented."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def _figures(extractor: Extractor, text: str, published: str = "2025-06-10") -> list[tuple]:
    return _got(_run(extractor, text, published, source="某县融媒体中心"), "value", "qualifier")


def test_a_year_glued_before_a_programme_name_counts_nobody(extractor: Extractor) -> None:
    """2024人才计划, 2025名师工程: the year of a programme whose name a measure word merely opens (units.yaml
    year_name), no count of 2024 人; a count of the same shape before a verb stays (2024人参加培训)."""
    assert _figures(extractor, "本报讯 今年，全市启动2024人才计划和2025名师工程。") == []
    got = _figures(extractor, "本报讯 今年，全市共有2024人参加培训。")
    assert got == [("2024人", 2024.0, "exact")]


def test_a_year_shaped_number_with_a_magnitude_stays_a_count(extractor: Extractor) -> None:
    """A magnitude makes the number no bare year: 2025万人 is a count (the population of a large city)."""
    got = _figures(extractor, "本报讯 全市常住人口2025万人。")
    assert got == [("2025万人", 20250000.0, "exact")]


def test_xu_after_a_figure_is_about(extractor: Extractor) -> None:
    """两万元许: 许 is a literary "about" (qualifiers.yaml suffix); before a word it opens (许可, 许姓) it is no
    bound and the figure stays as written."""
    assert _figures(extractor, "本报讯 村民自发集资两万元许，修通了村道。") == [("两万元许", 20000.0, "approx")]
    assert _figures(extractor, "本报讯 今年新增3家许可经营单位。") == [("3家", 3.0, "exact")]
    assert _figures(extractor, "本报讯 村里有20户许姓人家。") == [("20户", 20.0, "exact")]


def test_liang_as_a_weight_and_the_idiom_give_no_figure(extractor: Extractor) -> None:
    """二两 (a weight of 两, 50 g) has no measure word of its own here, and 半斤八两 is an idiom: neither gives a
    figure (no 2 of anything)."""
    assert _figures(extractor, "本报讯 两家店的服务半斤八两，顾客买了二两茶叶。") == [("两家", 2.0, "exact")]


def test_lingshang_signs_a_temperature_and_makes_a_range_from_lingxia_sure(extractor: Extractor) -> None:
    """零上3℃ is 3 ℃ as written; 零下5℃到零上3℃ is −5 to 3 ℃ (the high end's sign written); 零下5至10度 stays
    unsure (−10 to −5, or −5 to 10?): no figure."""
    figs = _run(extractor, "本报讯 当日最低气温零下5℃到零上3℃，午后气温零上8℃。", "2025-01-10", source="某县融媒体中心")
    got = [(f["quote"], f["value"], f["value_high"]) for f in figs]
    assert got == [("零下5℃到零上3℃", -5.0, 3.0), ("零上8℃", 8.0, None)]
    assert _figures(extractor, "本报讯 夜间气温零下5至10度。") == []


def test_the_new_year_in_a_december_item_is_the_coming_year(extractor: Extractor) -> None:
    """新的一年 in an item of December names the year about to open (periods.yaml year_turn); in January it is the
    document's own year."""
    text = "本报讯 新的一年，全县将力争城镇新增就业1800人以上。"
    dec = _got(_run(extractor, text, "2025-12-28", source="某县融媒体中心"), "period")
    jan = _got(_run(extractor, text, "2026-01-20", source="某县融媒体中心"), "period")
    assert dec == [("1800人以上", "2026")]
    assert jan == [("1800人以上", "2026")]
    mid = _got(_run(extractor, text, "2025-06-20", source="某县融媒体中心"), "period")
    assert mid == [("1800人以上", "2025")]
