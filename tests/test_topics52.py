"""What the blind set data/gold/topics52 and probes beside it found: four county items whose jobs and beds figures are
said in less usual words (失业人员实现再就业, 零就业家庭动态清零, 脱贫人口务工规模, 去向落实率, 床位使用率, 病床周转次数,
护理型床位占比) scored 1.0 blind; probes of the same wording set in lists found a head that names the count and then,
after its colon, places or quarters each with its number (全市新增康复床位：甲区120张，乙市80张) read as counts of things,
and 帮扶率, the share of people without work helped into work, read as a bare rate. Sentences invented."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_head_and_a_colon_before_places_names_what_they_count(extractor: Extractor) -> None:
    """全市新增康复床位：北林区120张，安达市80张: each row names only its place, the head before the colon what
    they count; each keeps its own place. So for jobs (转移就业人数：兰河镇3200人) and for quarters (再就业：一季度420人)."""
    text = "本报讯 今年，全市新增康复床位：北林区120张，安达市80张，肇东市60张。"
    got = _got(_run(extractor, text, "2026-04-02", source="绥化日报"), "metric", "place")
    assert [m.split(".")[0] for _, m, _ in got] == ["beds"] * 3
    assert [p for _, _, p in got] == ["北林区", "安达市", "肇东市"]
    text = "本报讯 各乡镇转移就业人数：兰河镇3200人，康荣镇2800人。"
    got = _got(_run(extractor, text, "2026-04-02", source="兰西县融媒体中心"), "metric")
    assert got == [("3200人", "jobs.labour_transfer"), ("2800人", "jobs.labour_transfer")]
    text = "本报讯 全县城镇失业人员再就业：一季度420人，二季度510人。"
    got = _got(_run(extractor, text, "2026-07-02", source="兰西县融媒体中心"), "metric", "period")
    assert got == [("420人", "jobs.reemployment", "2026Q1"), ("510人", "jobs.reemployment", "2026Q2")]


def test_a_colon_before_no_place_or_quarter_lends_nothing(extractor: Extractor) -> None:
    """会议指出：… or a colon before words (全市新增床位：主要集中在…) is no list: a figure after it keeps what its own
    words make it."""
    text = "本报讯 会议指出：北林区120人参加了培训前的动员。"
    got = _got(_run(extractor, text, "2026-04-02", source="绥化日报"), "metric")
    assert all(not m.startswith("beds.") for _, m in got)
    text = "本报讯 全市新增床位：主要集中在北林区，发放宣传资料2000张。"
    got = _got(_run(extractor, text, "2026-04-02", source="绥化日报"), "metric")
    assert got and all(not m.startswith("beds.") for _, m in got)


def test_the_share_helped_into_work_is_a_jobs_figure(extractor: Extractor) -> None:
    """离校未就业高校毕业生…，帮扶就业1.1万人，帮扶率84.6%: the rate in its own clause is of the people without work named
    earlier in the sentence; 低收入人口帮扶率 (help of another kind) is not."""
    text = "本报讯 截至8月底，全市离校未就业高校毕业生实名登记1.3万人，已帮扶就业1.1万人，帮扶率84.6%。"
    got = _got(_run(extractor, text, "2026-09-10", source="商洛日报"), "metric")
    assert got[2] == ("84.6%", "jobs.assistance")
    text = "本报讯 今年全县低收入人口帮扶率达到100%。"
    got = _got(_run(extractor, text, "2026-09-10", source="商洛日报"), "metric")
    assert got and not got[0][1].startswith("jobs.")


def test_the_share_of_beds_standing_empty_is_a_beds_figure(extractor: Extractor) -> None:
    """养老机构床位空置率由35%下降到18%: the other side of beds in use, a figure about beds (topic beds comes first),
    not a bare rate; 商品房空置率 stays no beds figure."""
    text = "本报讯 去年以来，全县养老机构床位空置率由35%下降到18%。"
    got = _got(_run(extractor, text, "2026-04-02", source="绥棱县融媒体中心"), "metric")
    assert got == [("35%", "beds.vacancy_rate"), ("18%", "beds.vacancy_rate")]
    text = "本报讯 全市商品房空置率为12%，床位紧张局面有所缓解。"
    got = _got(_run(extractor, text, "2026-04-02", source="绥化日报"), "metric")
    assert got and not got[0][1].startswith("beds.")
