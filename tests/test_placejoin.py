"""Two precision faults: a caption line ending in a common word (…卫生资源) joined by layout repair to a table head
starting with a level's word (县（市、区）) read as a county whose name is that word (资源县 of Guangxi); and small
places named by a numeral, a measure word and a place's head (五棵松, 三家店) read as counts (5 棵, 3 家). Sentences
invented."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_common_word_ending_a_caption_joined_to_a_level_word_is_no_county(extractor: Extractor) -> None:
    """表3 …卫生资源 and the table head 县（市、区） on the next line join into 卫生资源县: 资源 ends 卫生资源 (a common
    word, places.yaml `short_form_not`), so no 资源县; the bulletin's region places the figure."""
    text = "广西壮族自治区卫生健康统计公报\n\n表3 2025年各地卫生资源\n县（市、区）  医院数  床位数\n全区共有医院120个。"
    got = _got(_run(extractor, text, "2026-05-10"), "place")
    assert got == [("120个", "广西壮族自治区")]


def test_a_common_word_county_is_a_place_where_its_full_name_starts_a_word(extractor: Extractor) -> None:
    """在资源县, 2025年资源县: the full name starting a word (after 在, after a time) is the county."""
    got = _got(_run(extractor, "本报讯 今年以来，在资源县，新建卫生院3所。", "2026-05-10"), "place")
    assert got == [("3所", "资源县")]
    got = _got(_run(extractor, "2025年资源县新建卫生院4所。", "2026-05-10"), "place")
    assert got == [("4所", "资源县")]


def test_small_places_named_by_a_numeral_and_a_measure_word_are_no_counts(extractor: Extractor) -> None:
    """五棵松体育馆, 三家店村, 十家子村, 在九棵树，: names before a place's word or after 在, no 5 棵, 3 家, 10 家, 9 棵."""
    text = "五棵松体育馆新增座位1200个，三家店村新增就业80人，十家子村有耕地200亩，活动设在九棵树。"
    got = [g[0] for g in _got(_run(extractor, text, "2026-05-10"))]
    assert got == ["1200个", "80人", "200亩"]


def test_counts_of_shops_trees_and_village_banks_stay(extractor: Extractor) -> None:
    """新建三家店, 开设三家店铺, 三家村镇银行, 种了五棵松树: counts, whatever head follows the measure word."""
    text = "全县新建三家店，开设三家店铺，三家村镇银行开业，村里种了五棵松树。"
    got = [g[0] for g in _got(_run(extractor, text, "2026-05-10"))]
    assert got == ["三家", "三家", "三家", "五棵"]
