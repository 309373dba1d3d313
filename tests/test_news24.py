"""What the blind set data/gold/news24 found: eight items on beds, jobs and other counted quantities as city papers,
county media centres and county bureaus report them (林口's jobs, 辉南's care beds and child places, 江孜's new county
hospital, 湟源's labour export, 屯昌's holiday tourism, 永泰's county health alliance, 于都's return-home businesses,
屏南's tourism and tea): a change whose verb runs into its own 约 (较“十三五”末增加约900张) read as naming a subject of
its own, a base written with its value (较老院区的150张增加110张) left to the fallbacks, the base of a ratio inside quotes
(是“十三五”时期的2.6倍) taken as its period, 从业人员 read as the from end of a span (its first year), a share of posts
(企业岗位约占七成) left to percent, and 预计 written after its clause's subject (产量预计达到…) reaching the clauses
after it that name their own. Sentences invented, in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_change_with_its_own_about_word_still_counts_the_figure_before(extractor: Extractor) -> None:
    """较“十三五”末增加约300张: the verb and 约 run together, 约 is the figure's; the clause still names nothing but the
    base, and the change counts the care beds before it."""
    text = "本报讯 全县共有养老床位1860张，较“十三五”末增加约300张。"
    figs = _run(extractor, text, "2026-09-10", source="某某日报")
    assert [(f["quote"], f["metric"], f["role"]) for f in figs] == [
        ("1860张", "beds.care", "level"), ("约300张", "beds.care", "change")]


def test_a_base_written_with_its_value_counts_what_the_figure_counts(extractor: Extractor) -> None:
    """开放床位320张，较老院区的180张增加140张: the base's value and the change both count the hospital's beds."""
    text = "本报讯 县中医院新院区开放床位320张，较老院区的180张增加140张。"
    figs = _run(extractor, text, "2026-09-10", source="某某日报")
    assert [(f["quote"], f["metric"].split(".")[0], f["role"]) for f in figs] == [
        ("320张", "beds", "level"), ("180张", "beds", "level"), ("140张", "beds", "change")]


def test_the_base_of_a_ratio_inside_quotes_is_no_period(extractor: Extractor) -> None:
    """“十四五”期间…，是“十三五”时期的1.8倍: the earlier plan is the base of the ratio; the ratio is of the later one."""
    text = "本报讯 “十四五”期间，全县累计投入养老服务资金1.6亿元，是“十三五”时期的1.8倍。"
    got = _got(_run(extractor, text, "2026-09-10", source="某某日报"), "period")
    assert got == [("1.6亿元", "2021-2025"), ("1.8倍", "2021-2025")]


def test_people_in_work_are_no_from_end_of_a_span(extractor: Extractor) -> None:
    """从业人员3万多人 under a span: 从 of 从业 opens no from–to pair, so the count takes no first year of the span."""
    text = "本报讯 “十四五”期间，全县引导返乡创业1.2万人。全县纺织企业从业人员3万多人。"
    got = _got(_run(extractor, text, "2026-09-10", source="某某日报"), "period")
    assert got[1] != ("3万多人", "2021")


def test_a_share_of_posts_is_a_jobs_figure(extractor: Extractor) -> None:
    """提供岗位1.5万个，其中制造业企业岗位约占六成: the share the posts of one kind make of all posts is jobs."""
    text = "本报讯 春节后全县提供岗位1.5万个，其中制造业企业岗位约占六成。"
    figs = _run(extractor, text, "2026-03-10", source="某某日报")
    assert [(f["quote"], f["metric"], f["qualifier"]) for f in figs] == [
        ("1.5万个", "jobs.posts", "exact"), ("六成", "jobs.posts_share", "approx")]


def test_an_estimate_after_its_subject_governs_its_own_clause_and_its_growth(extractor: Extractor) -> None:
    """产量预计达到…，从业人员约…: the estimate is the output's; the next clause names its own subject and reports a level.
    A change right after the estimate (同比增长…) is the estimate's growth, a target too; 今年预计… heading its clause
    reaches on as before."""
    text = "本报讯 今年全县茶叶产量预计达到8600吨，涉茶从业人员约3.2万人。"
    got = _got(_run(extractor, text, "2026-11-20", source="某某日报"), "role")
    assert got == [("8600吨", "target"), ("约3.2万人", "level")]
    text = "本报讯 全县农民人均可支配收入预计达到2.3万元，同比增长7%左右。"
    got = _got(_run(extractor, text, "2026-11-20", source="某某日报"), "role")
    assert got == [("2.3万元", "target"), ("7%左右", "target")]
    text = "本报讯 今年全县预计新增就业1200人，培训农民工2000人次。"
    got = _got(_run(extractor, text, "2026-11-20", source="某某日报"), "role")
    assert got == [("1200人", "target"), ("2000人次", "target")]


def test_an_estimate_of_an_event_governs_what_the_event_brings(extractor: Extractor) -> None:
    """住院楼预计9月投用，可新增床位300张: 预计 dates the opening, no figure of its own clause; the beds it brings are
    planned."""
    text = "本报讯 县人民医院新建住院楼预计9月投用，可新增床位300张。"
    got = _got(_run(extractor, text, "2026-05-20", source="某某日报"), "role")
    assert got == [("300张", "target")]
