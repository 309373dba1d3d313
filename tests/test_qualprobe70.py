"""Qualifier probe (qualprobe70): bounds written in traditional characters after the measure word, a bound
verb standing apart from its figure (起码…, 最多可…), and 余 that begins a word of its own (余粮). Sentences
invented."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted


def test_a_traditional_suffix_of_more_is_a_lower_bound(extractor: Extractor) -> None:
    """120萬噸餘, 三萬元有餘: 餘 and 有餘 after the measure word bound the figure as 余 and 有余 do."""
    figs = _run(extractor, "某縣農業局\n全縣糧食產量達120萬噸餘，農戶人均增收三萬元有餘，新建冷庫8座。", "2026-03-01")
    assert quoted(figs, "qualifier") == [("120萬噸餘", "lower_bound"), ("三萬元有餘", "lower_bound"),
                                         ("8座", "exact")]


def test_surplus_after_the_measure_word_is_a_word_not_a_bound(extractor: Extractor) -> None:
    """120万吨余粮: tonnes of surplus grain, exact, the figure quoted without 余; 90万吨余 still a bound."""
    figs = _run(extractor, "某县粮食局\n全县农户共有余粮，其中国家储备收购120万吨余粮，全年产量90万吨余。", "2026-03-01")
    assert quoted(figs, "qualifier") == [("120万吨", "exact"), ("90万吨余", "lower_bound")]


def test_at_least_standing_apart_from_its_figure_bounds_it(extractor: Extractor) -> None:
    """起码要建成5个园区, 最起码需要投入2亿元: as 至少…, a lower bound across the verb; a later clause is free."""
    figs = _run(extractor, "某市发改委\n全市起码要建成5个园区，最起码需要投入2亿元，去年建成3个。", "2026-03-01")
    assert quoted(figs, "qualifier") == [("5个", "lower_bound"), ("2亿元", "lower_bound"), ("3个", "exact")]


def test_the_most_that_may_be_had_is_an_upper_bound(extractor: Extractor) -> None:
    """每人每月最多可领取1500元, 最多能申请3万元: a cap as 最高可; 增长最多的是工业 names a leader, its 12% exact."""
    figs = _run(extractor, "某市人社局\n每人每月最多可领取1500元，每户最多能申请3万元贷款。增长最多的是工业，增长12%。",
                "2026-03-01")
    assert quoted(figs, "qualifier") == [("1500元", "upper_bound"), ("3万元", "upper_bound"), ("12%", "exact")]


def test_bound_verbs_in_traditional_characters_govern_a_later_figure(extractor: Extractor) -> None:
    """約佔…31%, 約有企業3000家, 不超過…的3倍: the traditional forms govern as 约占, 约有, 不超过 do; 簽約有 is signed."""
    figs = _run(extractor, "某縣統計局\n服務業約佔全縣生產總值的31%，全縣約有企業3000家，貸款不超過個人年收入的3倍。"
                           "今年簽約有12家。", "2026-03-01")
    assert quoted(figs, "qualifier") == [("31%", "approx"), ("3000家", "approx"), ("3倍", "upper_bound"),
                                         ("12家", "exact")]
