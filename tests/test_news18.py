"""What the blind set data/gold/news18 found: eight news items from places no set had used (鄂州's new campus,
丰城's care homes, 肇庆's graduates, 麻城's migrant workers, 旬阳's 稳岗返还, 沅江's press conference, 荆门's
quarter of jobs, 玉门's county media): posts counted per fair (个次), the graduates' programme “三支一扶” read as
three 支 and its 计划 as a plan, a campus's district kept after the text came back to its hospital, a goal due
once a campus opens dated by the year before it, and the months of a jobless rate whose sentence names nothing
but the month, under a sentence that named the rate and held no figure. Sentences invented, in the style of
such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_posts_per_fair_and_the_graduates_programme(extractor: Extractor) -> None:
    """提供岗位4.5万个次 counts posts per fair; “三支一扶” names a programme (支教, 支农, 支医, 扶贫), no three
    支, and its 计划 right after the quote is the name's, so what it recruited is a result."""
    text = "本报讯 今年全市举办校园招聘活动168场，提供岗位4.5万个次，其中“三支一扶”计划招募186人。"
    got = _got(_run(extractor, text, "2026-08-28"), "measure", "role")
    assert got == [("168场", "场", "level"), ("4.5万个次", "个次", "level"), ("186人", "人", "level")]


def test_the_hospital_by_its_citys_name_brings_the_text_back_from_the_campus(extractor: Extractor) -> None:
    """该院区位于华容区…: the campus's figures are the district's; the next paragraph names the hospital by the
    article's city (鄂州市中心医院…): the figures of the hospital as a whole after it are the city's."""
    text = ("鄂州市中心医院新院区开诊\n本报讯 10月14日，鄂州市中心医院新院区正式开诊。"
            "该院区位于华容区葛店镇，编制床位1200张。\n今年8月，鄂州市中心医院通过三级甲等医院复审。目前，医院本部实际开放床位1860张。")
    got = _got(_run(extractor, text, "2026-10-15", source="鄂州日报"), "place")
    assert got == [("1200张", "华容区"), ("1860张", "鄂州市")]


def test_a_goal_once_a_campus_opens_is_due_whenever_that_is(extractor: Extractor) -> None:
    """院区开诊后，全院编制床位将达到2700张: a goal of what a campus gives once open, as 建成后 and 启用后, names
    no time it is due, whatever year a sentence before named; a goal with a year keeps it."""
    text = ("本报讯 今年1—9月，医院门急诊量达142.6万人次。“院区开诊后，全院编制床位将达到2700张。”"
            "到2027年底，院区开放床位将增加到1000张。")
    got = _got(_run(extractor, text, "2026-10-15"), "role", "period")
    assert got == [("142.6万人次", "level", "2026M01-M09"), ("2700张", "target", None), ("1000张", "target", "2027")]


def test_months_of_a_rate_named_in_the_quiet_sentence_before(extractor: Extractor) -> None:
    """全市城镇调查失业率保持在合理区间。7月份为5.3%，…: the sentence after one that named the rate and held no
    figure says nothing but its months; each month's figure is the rate, its change after a clause of the
    cause (受…影响，) too, and so is the next sentence that leans on it the same way. A clause that names its
    own noun keeps it."""
    text = ("本报讯 从月度数据看，全市城镇调查失业率保持在合理区间。7月份为5.3%，8月份为5.4%，受高校毕业生集中离校影响，"
            "比7月份上升0.1个百分点。前三季度平均为5.2%。全市规模以上工业企业用工12.8万人。")
    got = _got(_run(extractor, text, "2026-10-24"), "metric", "role")
    assert got[:4] == [("5.3%", "jobs.unemployment_rate", "level"), ("5.4%", "jobs.unemployment_rate", "level"),
                       ("0.1个百分点", "jobs.unemployment_rate", "change"), ("5.2%", "jobs.unemployment_rate", "level")]
    assert got[4][1] != "jobs.unemployment_rate"
    text = "本报讯 全市经济运行总体平稳。7月份新增就业1200人，8月份为5.4%。"
    assert _got(_run(extractor, text, "2026-10-24"), "metric")[1] != ("5.4%", "jobs.unemployment_rate")
