"""What the blind set data/gold/news49 found: four news items of kinds from 内蒙古, 云南, 新疆生产建设兵团 and 西藏 (a
旗融媒体中心 column of five short items, each a 镇 or 苏木 dated by 近日, 日前 or 上周; a county hospital's new campus
with 编制床位, 实际开放床位 and 门急诊人次; a 师市's 就业帮扶车间 with 吸纳…人就业 and 人均月增收…元; a county's 年终盘点
with 全年, 12月 and 截至11月底): a count whose measure stands before the number was dropped where 已达 came between
(门急诊人次已达41.3万). Probes of the same kinds found the same with 累计达 and 突破. Sentences invented, in the style
of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_measure_before_the_number_reaches_it_through_a_running_total(extractor: Extractor) -> None:
    """门急诊人次已达41.3万, 门诊人次累计达23.6万: 已 and 累计 mark a total reached so far; the 人次 named before the number
    still measure it, as with 达 alone (门急诊人次达52.4万)."""
    text = "本报讯 今年1-9月，县医院门急诊人次已达41.3万，中医院门诊人次累计达23.6万，常住人口已达到32.6万。"
    got = _got(_run(extractor, text, "2026-10-15", source="临沧日报"), "value", "qualifier")
    assert got == [("41.3万", 413000, "exact"), ("23.6万", 236000, "exact"), ("32.6万", 326000, "exact")]


def test_a_measure_before_the_number_through_tupo_is_a_lower_bound(extractor: Extractor) -> None:
    """门急诊人次突破60万: past the number, a lower bound in 人次, as 超过 already was (常住人口超过32万)."""
    text = "本报讯 今年1-11月，县人民医院门急诊人次突破60万，同比增长5.2%。"
    figs = _run(extractor, text, "2026-12-20", source="洛隆县融媒体中心")
    got = _got(figs, "value", "measure", "qualifier")
    assert got[0] == ("突破60万", 600000, "人次", "lower_bound")
    assert ("5.2%", 5.2, "%", "exact") in got


def test_a_month_after_the_link_is_no_count(extractor: Extractor) -> None:
    """门诊人次已达5月份的水平: a month after the link (measure_before_not_before) is a date, no 5 人次."""
    text = "本报讯 今年以来，县医院门诊人次已达5月份的水平。"
    got = _got(_run(extractor, text, "2026-10-15", source="临沧日报"), "value")
    assert all(v != 5 for _, v in got)


def test_a_help_workshop_counts_jobs_and_a_monthly_rise_in_pay(extractor: Extractor) -> None:
    """吸纳当地群众45人就业，人均月增收2200元: the 45 people are jobs, the 2200 yuan a rise (增收), as gold sets have it."""
    text = "本报讯 近日，甲镇就业帮扶车间吸纳当地群众45人就业，人均月增收2200元。"
    figs = _run(extractor, text, "2026-08-07", source="兵团日报")
    got = {f["quote"]: f for f in figs}
    assert got["45人"]["metric"].startswith("jobs.")
    assert got["2200元"]["role"] == "change" and got["2200元"]["unit"] == "CNY"
