"""Role, period and metric leftovers of context carry (context298).

- A head's living allowance given per head and month (社会散居孤儿基本生活费每人每月1550元) is the assistance's
  standard though no 标准 is said (rules/metrics/money.yaml money.assistance_standard_per_head); the sum paid out
  (全年发放儿童基本生活费612万元) is none.
- A service's reach (家庭医生签约服务覆盖人数286.4万人) counts the people the service covers, no insurance's
  enrolment: 服务覆盖人数 is no cue of insurance.enrolment (rules/metrics/insurance.yaml cue_not).
- A change over a from-to pair with a count of years opening its clause (由2024年末的…增至2026年10月底的…，两年间增长了
  2.6倍) is over the pair's whole span, from the from end's year to the to end's (`Situator._counted_years`), not the
  full years before the document's that 两年间 alone would name.
- A change over a pair from last year's end to this year's (2025年末，…由上年末的4382张增至4716张，增长7.6%) is the later
  year's change, as 比上年末增长 is; a pair from last year's end to a month of this year (截至10月底，…由去年末的…增至…)
  still spans both years (news266, news280).
"""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_living_allowance_per_head_is_a_standard(extractor: Extractor) -> None:
    text = ("本报讯 集中养育孤儿基本生活保障标准每人每月1930元，社会散居孤儿基本生活费每人每月1480元。"
            "全年发放孤儿基本生活费527万元。")
    got = _got(_run(extractor, text, "2026-03-01", source="某县民政局"), "metric")
    assert got[:2] == [("1930元", "money.assistance_standard"), ("1480元", "money.assistance_standard")]
    assert got[2][0] == "527万元" and got[2][1] != "money.assistance_standard"


def test_a_services_reach_is_no_insurance_enrolment(extractor: Extractor) -> None:
    text = "本报讯 全县家庭医生签约服务覆盖人数达到31.5万人，城乡居民医保覆盖人数48.2万人。"
    got = _got(_run(extractor, text, "2026-03-01", source="某县卫健局"), "metric")
    assert got == [("31.5万人", "quantity.family_doctor_signups"), ("48.2万人", "insurance.enrolment")]


@pytest.mark.parametrize(("text", "want"), [
    ("本报讯 全市充电桩数量由2024年末的1.8万个增至2026年9月底的5.9万个，两年间增长了2.3倍。", "2024-2026"),
    ("本报讯 全市充电桩数量由2022年的1.8万个增至2025年的5.9万个，三年来增长了2.3倍。", "2022-2025"),
])
def test_a_change_over_a_pair_counted_in_years_takes_the_pairs_span(extractor: Extractor, text: str,
                                                                     want: str) -> None:
    got = _got(_run(extractor, text, "2026-11-20", source="某市发改委"), "period")
    assert got[-1] == ("2.3倍", want)


@pytest.mark.parametrize(("published", "text", "want"), [
    ("2026-03-10", "本报讯 2025年末，全县养老机构床位由上年末的2160张增至2390张，增长10.6%。", "2025"),
    ("2026-11-20", "本报讯 截至10月底，全县养老机构床位由去年末的2160张增至2390张，增长10.6%。", "2025-2026"),
])
def test_a_change_over_consecutive_year_ends_is_the_later_years(extractor: Extractor, published: str, text: str,
                                                                  want: str) -> None:
    got = _got(_run(extractor, text, published, source="某县民政局"), "period")
    assert got[-1] == ("10.6%", want)
