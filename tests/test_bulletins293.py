"""Quick tests of the fixes the blind set data/gold/bulletins293 showed (its floor test and notes to follow)."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_share_column_named_by_its_whole_before_a_percent_mark_reads(extractor: Extractor) -> None:
    """机构类别 | 床位数（张） | 比上年增加（张） | 占总床位%: the last column names the whole its cells are shares of, the
    percent mark right after it and no 比重 or 比例; the table reads, each share a level in percent beside the beds and
    their rise. Before, the head was no table's and its rows gave nothing."""
    text = ("某市2025年卫生健康事业发展统计公报\n\n表1　2025年末医疗卫生机构床位数\n"
            "机构类别　床位数（张）　比上年增加（张）　占总床位%\n总计　5120　210　100.0\n医院　3960　150　77.3\n"
            "基层医疗卫生机构　1160　60　22.7\n")
    got = _got(_run(extractor, text, "2026-05-20", "某市卫生健康局"), "value", "unit", "role", "period")
    assert got == [("5120", 5120, "bed", "level", "2025"), ("210", 210, "bed", "change", "2025"),
                   ("100.0", 100, "percent", "level", "2025"), ("3960", 3960, "bed", "level", "2025"),
                   ("150", 150, "bed", "change", "2025"), ("77.3", 77.3, "percent", "level", "2025"),
                   ("1160", 1160, "bed", "level", "2025"), ("60", 60, "bed", "change", "2025"),
                   ("22.7", 22.7, "percent", "level", "2025")]


def test_a_sentence_opening_on_beds_as_its_lists_whole_counts_beds(extractor: Extractor) -> None:
    """医院床位中，公立医院3010张，民营医院950张: the opening names the beds the list is of, each item only its owner; the
    items are beds. Before, they were counts at large (quantity.items). A more specific kind named in the item
    (护理型床位) keeps its own rule."""
    text = ("某市2025年卫生健康事业发展统计公报\n\n年末全市医疗卫生机构实有床位5120张。医院床位中，公立医院3010张，"
            "民营医院950张。养老机构床位中，护理型床位1870张。\n")
    got = _got(_run(extractor, text, "2026-05-20", "某市卫生健康局"), "metric")
    assert got == [("5120张", "beds.total"), ("3010张", "beds.total"), ("950张", "beds.total"), ("1870张", "beds.care")]


def test_a_note_of_the_population_per_thousand_indicators_are_of_is_people(extractor: Extractor) -> None:
    """注：每千人口指标按年末常住人口61.42万人计算: the per-thousand word names the indicators, the count is the population
    they are reckoned on, people (quantity.population), no rate per thousand residents; so with 每万人口指标. A rate
    written after its base (每千人口执业（助理）医师2.81人) stays one. Before, 61.42万人 read as 614200 per thousand."""
    text = ("某市2025年卫生健康事业发展统计公报\n\n每千人口执业（助理）医师2.81人，每万人口全科医生3.4人。\n\n"
            "注：1.每千人口指标按年末常住人口61.42万人计算。\n2.每万人口指标按常住人口61.42万人计算。\n")
    got = _got(_run(extractor, text, "2026-05-20", "某市卫生健康局"), "unit", "metric")
    assert got == [("2.81人", "per_1k_people", "quantity.people_per_1000"),
                   ("3.4人", "per_10k_people", "quantity.people_per_10k"),
                   ("61.42万人", "person", "quantity.population"), ("61.42万人", "person", "quantity.population")]
