"""Growth rates of the totals reports break down into parts (固定资产投资, 规模以上工业增加值, 社会消费品零售总额):
the whole's own rate takes the whole's metric, its parts (其中…, 分行业看…) keep percent.growth, since a rule that
lends nothing (`lends: false`) gives its metric to no part, list item or pair after it. Sentences invented."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from stats.errors import RuleErrors
from stats.rules.rulefile import DEFAULT_RULES, load_rules
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_investment_growth_is_named_and_its_parts_are_not(extractor: Extractor) -> None:
    """其中工业投资 grows, but it is not 固定资产投资: only the whole's rate takes money.investment; a part its own
    words name takes its own kind's (工业投资, 民间投资), a part no rule names (交通投资) keeps percent.growth."""
    text = "全县固定资产投资比上年增长7.5%，其中工业投资增长12.4%，民间投资下降2.1%，交通投资增长3.3%。"
    got = _got(_run(extractor, text, "2025-02-10"), "metric", "topic")
    assert got == [("7.5%", "money.investment", "percent"), ("12.4%", "money.investment.industry", "percent"),
                   ("2.1%", "money.investment.private", "percent"), ("3.3%", "percent.growth", "percent")]


def test_industry_growth_parts_in_a_sentence_of_their_own_keep_percent_growth(extractor: Extractor) -> None:
    """分行业看 in the next sentence lists parts of the industry's value added: they keep the generic metric."""
    text = ("全市规模以上工业增加值增长6.2%。分行业看，其中装备制造业增长9.8%，食品加工业增长3.1%，"
            "轻工业增加值增长2.4%。")
    got = _got(_run(extractor, text, "2025-02-10"), "metric")
    assert got == [("6.2%", "money.value_added.industry"), ("9.8%", "percent.growth"),
                   ("3.1%", "percent.growth"), ("2.4%", "percent.growth")]


def test_retail_growth_after_its_amount_is_named_and_a_part_after_it_is_not(extractor: Extractor) -> None:
    """A bare growth right after the amount is the amount's (the whole's own), a 其中 part after it is not."""
    text = "全年社会消费品零售总额182.6亿元，增长5.3%；其中餐饮收入增长11.2%。"
    got = _got(_run(extractor, text, "2025-02-10"), "metric")
    assert ("5.3%", "money.consumption") in got
    assert ("11.2%", "percent.growth") in got


def test_lends_must_be_true_or_false(tmp_path: Path) -> None:
    """A rule file's `lends` is a flag: anything else is reported, not read as true."""
    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES, rules)
    path = rules / "metrics" / "percent.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    lends: false\n", "    lends: 'no'\n", 1), encoding="utf-8")
    with pytest.raises(RuleErrors, match="'lends' must be true or false"):
        load_rules(rules)


def test_the_growth_of_a_part_s_amount_keeps_percent_growth(extractor: Extractor) -> None:
    """其中，城镇消费品零售额…亿元，增长4.9%: the part's amount may share the whole's money metric, but the bare growth
    after it is the part's, not 社会消费品零售总额's; the whole's own amount and growth, before it, are named."""
    text = "全年社会消费品零售总额296.5亿元，增长5.2%。其中，城镇消费品零售额238.6亿元，增长4.9%。"
    got = _got(_run(extractor, text, "2025-02-10"), "metric")
    assert ("5.2%", "money.consumption") in got
    assert ("4.9%", "percent.growth") in got
