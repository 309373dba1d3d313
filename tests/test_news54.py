"""What the blind set data/gold/news54 found: six news items from 海南, 西藏, 宁夏, 新疆 and 青海 (a 通讯 on a 乡镇卫生院
under a byline that names its paper, a 就业 press conference in 问/答, a 简讯 column, a county hospital's 扩建 with
由…增至… and 增长…倍, a 县长 interview of goals and levels, an industrial park's 投资, 面积 and 产值 beside jobs words):
a byline line 海南日报记者 王某 通讯员 李某 was read as part of the headline, so the feature was placed in the paper's
province, and the county its first sentence named was dropped at a new paragraph; 今明两年 named no years, and
自2022年建成以来 dated the firms settled since by the year of the building. Probes of the same kinds found a plan's
part done (力争达到2.5万人，目前已转移2.1万人), the same verb planned again for a later year (去年新增床位60张，今年计划再
新增80张) read as plain counts, and the from end of a plan's pair (预计明年6月投用，届时床位将由120张增加到200张)
read as a goal of the time to come.
Sentences invented, in the style of such items."""

from __future__ import annotations

import dataclasses

from stats.read.manifest import DocMeta
from stats.read.sources import source_from_text
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

FEATURE = ("山里的卫生院有了人气——保亭加茂镇卫生院见闻\n\n{byline}\n\n"
           "清晨，加茂镇卫生院门诊楼前已排起了队。这家卫生院几年前只有床位20张。")


def _article(extractor: Extractor, text: str) -> dict:
    """The one article of `text` read as a 海南日报 item of 2026-09-10: its title, dateline and byline."""
    src = dataclasses.replace(source_from_text(text), meta=DocMeta("2026-09-10", "海南日报", "", "manifest.csv:2"))
    articles = extractor.extract_source(src).articles
    assert len(articles) == 1
    return articles[0]


def test_a_byline_naming_its_paper_opens_the_article_under_its_headline(extractor: Extractor) -> None:
    """海南日报记者 王某 通讯员 李某, a line of its own: the article opens there, as under 本报记者 王某, its headline a
    headline (whose county places the article), not the start of its first sentence; a sentence that opens on the
    paper's reporter (…记者从…获悉，) is body text, and a line of names alone with 摄 a photo's credit."""
    bylines = (("海南日报记者 王小明 通讯员 李海", "海南日报记者"), ("本报记者 王小明 通讯员 李海", "本报记者"))
    for byline, dateline in bylines:
        art = _article(extractor, FEATURE.format(byline=byline))
        assert art["title"] == "山里的卫生院有了人气——保亭加茂镇卫生院见闻" and art["dateline"].startswith(dateline), byline
        got = _got(_run(extractor, FEATURE.format(byline=byline), "2026-09-10", source="海南日报"), "place")
        assert got == [("20张", "保亭黎族苗族自治县")]
    art = _article(extractor, FEATURE.format(byline="海南日报记者 王小明 摄"))
    assert art["dateline"] == ""
    text = "海南日报记者从省卫健委获悉，今年全省新增床位1200张。"
    assert _article(extractor, text)["dateline"] == ""
    got = _got(_run(extractor, text, "2026-09-10", source="海南日报"), "place")
    assert got == [("1200张", "海南省")]


def test_this_year_and_next_are_the_years_of_a_goal_due_over_both(extractor: Extractor) -> None:
    """计划今明两年招聘医护人员200名: a goal due over 2026-2027 in an item of 2026, of January too (no winter turns it
    back, as it does 今冬明春); 明后两年 the two years after."""
    text = "本报讯 随着新院区启用，县人民医院计划今明两年招聘医护人员200名。"
    for published in ("2026-10-15", "2026-01-20"):
        got = _got(_run(extractor, text, published, source="喀什日报"), "role", "period", "metric")
        assert ("200名", "target", "2026-2027", "jobs.hiring") in got, published
    text = "本报讯 县医院明后两年还将新增床位300张。"
    got = _got(_run(extractor, text, "2026-10-15", source="喀什日报"), "period")
    assert ("300张", "2027-2028") in got


def test_a_year_since_an_event_runs_to_the_documents(extractor: Extractor) -> None:
    """产业园自2022年建成以来，已入驻企业36家: the firms settled in the years since (2022-2026), as after 2022年以来; not
    the year of the building. The year right before 建成 with no 自 or 以来 (2022年建成的产业园…) stays a year of its own."""
    text = "本报讯 产业园自2022年建成以来，已入驻企业36家，2025年实现产值61.3亿元。"
    got = _got(_run(extractor, text, "2026-06-05", source="昌吉日报"), "period")
    assert got == [("36家", "2022-2026"), ("61.3亿元", "2025")]
    text = "本报讯 2022年建成的产业园去年入驻企业12家。"
    got = _got(_run(extractor, text, "2026-06-05", source="昌吉日报"), "period")
    assert got == [("12家", "2025")]


def test_a_part_of_a_plan_done_so_far_counts_what_the_plan_counts(extractor: Extractor) -> None:
    """农村劳动力转移就业力争达到2.5万人，目前已转移2.1万人: 已 and the plan's verb again say what was done of it (jobs,
    labour moved into work); a verb the plan's clause does not hold (目前已开放200张 after 计划新增床位300张) names
    beds open, not the plan's beds added."""
    text = "本报讯 今年全县农村劳动力转移就业力争达到2.5万人，目前已转移2.1万人。"
    got = _got(_run(extractor, text, "2026-07-10", source="果洛日报"), "role", "metric")
    assert got == [("2.5万人", "target", "jobs.labour_transfer"), ("2.1万人", "level", "jobs.labour_transfer")]
    text = "本报讯 今年县医院计划招聘医护人员120名，已招聘86名。"
    got = _got(_run(extractor, text, "2026-07-10", source="果洛日报"), "role", "metric")
    assert got == [("120名", "target", "jobs.hiring"), ("86名", "level", "jobs.hiring")]
    text = "本报讯 县医院计划新增床位300张，目前已开放200张。"
    got = _got(_run(extractor, text, "2026-07-10", source="果洛日报"), "metric")
    assert got == [("300张", "beds.planned"), ("200张", "beds.total")]


def test_the_lists_verb_planned_again_for_a_later_year_counts_what_it_counted(extractor: Extractor) -> None:
    """去年全县新增床位60张，今年计划再新增80张: the same verb again, planned, counts beds added (a goal); 明年还将新增800个
    after 新增就业岗位1200个 counts posts. A new noun after the verb (今年将新建养老机构5家) names its own."""
    text = "本报讯 去年全县新增床位60张，今年计划再新增80张。"
    got = _got(_run(extractor, text, "2026-07-10", source="固原日报"), "role", "metric")
    assert got == [("60张", "level", "beds.added"), ("80张", "target", "beds.added")]
    text = "本报讯 今年全县新增就业岗位1200个，明年还将新增800个。"
    got = _got(_run(extractor, text, "2026-07-10", source="固原日报"), "role", "metric")
    assert got == [("1200个", "level", "jobs.posts"), ("800个", "target", "jobs.posts")]
    text = "本报讯 去年全县新增养老床位300张，今年将新建养老机构5家。"
    got = _got(_run(extractor, text, "2026-07-10", source="固原日报"), "metric")
    assert got[1] == ("5家", "quantity.care_institutions")


def test_the_from_end_of_a_plans_pair_is_now_though_the_goal_is_due_later(extractor: Extractor) -> None:
    """新门诊楼预计明年6月投用，届时床位将由120张增加到200张: the 120 beds are the level the plan starts from, of the
    document's year, a level; only the 200 is the goal, due when the building opens (no time written makes a goal of a
    from end). A pair with no plan word (2027年床位数由…) is not asked."""
    text = "本报讯 县藏医院新门诊楼预计明年6月投用，届时床位将由120张增加到200张。"
    got = _got(_run(extractor, text, "2026-11-20", source="果洛日报"), "role", "period")
    assert got == [("120张", "level", "2026"), ("200张", "target", "2027-06")]
    text = "本报讯 到2027年，全县每千人口床位数将由5.2张提高到6.5张。"
    got = _got(_run(extractor, text, "2026-11-20", source="果洛日报"), "role", "period")
    assert got == [("5.2张", "level", "2026"), ("6.5张", "target", "2027")]
