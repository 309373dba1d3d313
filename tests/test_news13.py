"""What the blind set data/gold/news13 found: social affairs in cities and counties no set had (济宁 养老, 安阳
医保 and 资阳 生态环境 press conferences, 抚顺's 稳岗 答记者问, 贺州's notice raising 低保 with a table by
county, 伊春 schools, 汕头 culture and sport, 铜川 social insurance, 陇南 以工代赈, 宣城 meals for the old):
rates by the person and month, a table whose columns are named by what they hold, a notice's addressees,
a common word before a level's word, a level's own budget, a bound written once for a list with its basis,
an estimate, and the premiums of the year before as the base of a share. Sentences invented, in the style of
such items; the figures worked out by hand from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_rate_by_the_person_and_month_keeps_its_whole_measure(extractor: Extractor) -> None:
    """1066元/人·月: the rate is by the person and the month; read as 元/人 it would lose its month."""
    text = "城市特困人员基本生活标准为1050元/人·月，农村低保标准为5700元/人·年。全市外借图书48.2万册次。"
    assert _got(_run(extractor, text, "2026-07-10", source="贺州市民政局"), "measure") == [
        ("1050元/人·月", "元/人·月"), ("5700元/人·年", "元/人·年"), ("48.2万册次", "册次")]


def test_a_table_by_county_gives_each_cell_to_its_rows_county(extractor: Extractor) -> None:
    """县（区） 城市低保（元/人·月）…: the first column holds places, the others name what they hold and their
    unit; each cell is a level of its row's county and of the caption's year."""
    text = ("各县（区）民政局：\n现将标准通知如下。\n附表：2026年各县（区）城乡低保标准\n"
            "县（区） 城市低保（元/人·月） 农村低保（元/人·年）\n八步区 830 5900\n钟山县 810 5780\n")
    got = _got(_run(extractor, text, "2026-07-10", source="贺州市民政局"), "measure", "place", "period")
    assert got == [("830", "元/人·月", "八步区", "2026"), ("5900", "元/人·年", "八步区", "2026"),
                   ("810", "元/人·月", "钟山县", "2026"), ("5780", "元/人·年", "钟山县", "2026")]


def test_a_notices_addressees_are_no_subject(extractor: Extractor) -> None:
    """各县（区）民政局，平桂管理区社会事务局：the offices the notice goes to; the standards after it are the
    city's that issues it, not the last office's district."""
    text = ("贺州市民政局关于提高城乡低保标准的通知\n各县（区）民政局、财政局，平桂管理区社会事务局：\n"
            "城市低保标准由每人每月780元提高到每人每月820元。")
    assert _got(_run(extractor, text, "2026-07-10", source="贺州市民政局"), "place") == [
        ("780元", "贺州市"), ("820元", "贺州市")]


def test_a_common_word_before_a_levels_word_is_no_district(extractor: Extractor) -> None:
    """新建区级综合养老服务中心: the verb 新建 and 区级, not 新建区 of 南昌; 新建区 itself still names it."""
    text = "本报讯 宣州区投入资金1.05亿元，新建区级综合养老服务中心1个、床位300张。"
    assert _got(_run(extractor, text, "2026-10-15", source="宣城日报"), "place") == [
        ("1.05亿元", "宣州区"), ("1个", "宣州区"), ("300张", "宣州区")]


def test_a_levels_own_budget_is_the_articles_area(extractor: Extractor) -> None:
    """市级财政投入…, 市本级…: the city's own budget, not the district named in the sentence before."""
    text = "本报讯 潮南区英歌队参加各类展演70余场。今年市级财政投入文化体育惠民资金1.35亿元。"
    assert _got(_run(extractor, text, "2026-10-12", source="汕头日报"), "place") == [
        ("70余场", "潮南区"), ("1.35亿元", "汕头市")]


def test_a_bound_written_once_after_a_rates_basis_bounds_the_list(extractor: Extractor) -> None:
    """分别按每人每月不低于100元、300元、600元: the basis of the rate stands between 分别 and the bound, which
    still bounds every figure of the list; with other words between, only its own."""
    text = "照料护理标准分别按每人每月不低于100元、300元、600元执行。全县分别新增就业超过1200人、800人。"
    assert _got(_run(extractor, text, "2026-07-10"), "qualifier") == [
        ("不低于100元", "lower_bound"), ("300元", "lower_bound"), ("600元", "lower_bound"),
        ("超过1200人", "lower_bound"), ("800人", "exact")]


def test_an_estimate_is_a_target(extractor: Extractor) -> None:
    """经测算，…需增加资金约2950万元: a sum worked out ahead, as 预计 gives."""
    text = "本报讯 经测算，全市提标后全年需增加低保资金约2950万元。截至6月底，全市共有城乡低保对象8.76万人。"
    assert _got(_run(extractor, text, "2026-07-10", source="贺州市民政局"), "role") == [
        ("约2950万元", "target"), ("8.76万人", "level")]


def test_last_years_premiums_are_the_base_of_this_years_share(extractor: Extractor) -> None:
    """按企业及其职工上年度实际缴纳失业保险费的30%返还: the share returned this year; 上年度 dates the
    premiums it is taken of. 上年度 before a figure of its own still dates it."""
    text = "本报讯 今年大型企业按企业及其职工上年度实际缴纳失业保险费的30%返还。上年度全市发放补贴3亿元。"
    assert _got(_run(extractor, text, "2026-09-22", source="抚顺日报"), "period") == [
        ("30%", "2026"), ("3亿元", "2025")]
