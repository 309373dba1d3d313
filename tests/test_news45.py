"""What the blind set data/gold/news45 found: six news items of kinds from 广西, 四川, 陕西, 河南 and 山东 (a wire on a
province's 就业 press conference with two cities' figures, a county's new 乡镇卫生院 building, a city's 春节 返岗 and
劳务输出 with 专列 and 包车 counts, 退役军人 and 残疾人 就业, a 答记者问 dated by 今年以来 and 去年 in its answers, a
图片新闻 of three captions): the share of the labour sent out to work that went to one province (劳务输出到广东的占比
超过七成) was read as any share, not a jobs figure. Probes of the same kinds found 建成后开放床位 read as beds already
open, and in a 其中 sentence after a rate the cities' shares of the year's task done read as parts of that rate.
Sentences invented, in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_the_share_of_labour_sent_out_going_to_a_place_is_a_jobs_figure(extractor: Extractor) -> None:
    """劳务输出到沿海省份的占比超过六成: the makeup of the labour moved into work (jobs.labour_transfer_share), while a
    share of the pay it brings home (劳务收入占…比重) stays a plain share."""
    text = "本报讯 去年全市劳务输出32.5万人，劳务输出到沿海省份的占比超过六成，劳务收入占农民人均可支配收入的比重为41%。"
    got = _got(_run(extractor, text, "2026-03-02", source="玉林日报"), "metric")
    assert got == [("32.5万人", "jobs.labour_transfer"), ("超过六成", "jobs.labour_transfer_share"),
                   ("41%", "percent.share")]


def test_beds_a_building_opens_with_once_built_are_a_goal(extractor: Extractor) -> None:
    """卫生院迁建项目开工…建成后开放床位60张: the beds it is to open with once built, a target due when it is built (no
    period); beds set up after a building came into use (新楼启用后设置床位80张) are its state, a level."""
    text = "本报讯 近日，甲镇卫生院迁建项目开工，建成后开放床位60张。"
    got = _got(_run(extractor, text, "2026-05-12", source="汉中日报"), "role", "period")
    assert got == [("60张", "target", None)] or got == [("60张", "target", "")]
    text = "本报讯 今年，乙镇卫生院新楼启用后设置床位80张。"
    got = _got(_run(extractor, text, "2026-05-12", source="汉中日报"), "role")
    assert got == [("80张", "level")]


def test_a_share_done_in_a_qizhong_sentence_is_of_the_figure_before_it(extractor: Extractor) -> None:
    """失业率为5.3%。其中，甲、乙两市城镇新增就业分别为…，分别完成年度任务的27.3%和26.1%: the shares done are of the
    cities' new jobs right before them, not parts of the rate the 其中 sentence follows (both are percents)."""
    text = ("本报讯 一季度，全省城镇新增就业10.2万人；3月份城镇调查失业率为5.3%，与上月持平。其中，甲、乙两市城镇新增就业"
            "分别为1.12万人、0.86万人，分别完成年度任务的27.3%和26.1%。")
    got = _got(_run(extractor, text, "2026-04-18", source="陕西日报"), "metric")
    assert got[-2:] == [("27.3%", "jobs.urban_new"), ("26.1%", "jobs.urban_new")]
    assert ("5.3%", "jobs.unemployment_rate") in got
