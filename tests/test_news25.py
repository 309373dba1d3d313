"""What the blind set data/gold/news25 found: six news items of kinds earlier sets had fewer of (a wire item on 河南's
autumn grain with three cities inside, 宜章's press conference on the year's livelihood projects, 敦煌's tourism since the
start of the year, 克州's first-half economy, 廉江's 三甲 hospital and its new building, 扎兰屯's 春风行动 job fair):
trains and trips counted per run (46列次, 12趟次) cut to 列 and 趟, and a forecast of how the year ends (预计全省秋粮总产量
稳定在1200亿斤以上) left undated where its sentence names no time for it, as a plan to build is. Sentences invented, in
the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_trains_and_trips_counted_per_run_keep_their_whole_word(extractor: Extractor) -> None:
    """开行旅游专列46列次, 劳务输出专车12趟次: the measure is the whole word, as 车次 and 班次 are; 列 and 趟 alone
    still count."""
    text = "本报讯 今年全市开行旅游专列38列次，组织劳务输出专车9趟次，另开通旅游专列2列、城乡公交3趟。"
    got = _got(_run(extractor, text, "2026-03-02", source="某某日报"), "measure")
    assert got == [("38列次", "列次"), ("9趟次", "趟次"), ("2列", "列"), ("3趟", "趟")]


def test_a_forecast_that_names_no_time_is_of_the_year_under_way(extractor: Extractor) -> None:
    """截至10月26日，…预计全省秋粮总产量稳定在1200亿斤以上: an estimate of how the year ends, of the document's year,
    in the headline too; a plan to build (将新建) names no time it is due and stays undated."""
    text = ("全省秋粮预计总产量稳定在980亿斤以上\n本报讯 截至10月20日，全省秋粮已收获5230万亩，"
            "预计全省秋粮总产量稳定在980亿斤以上。全省将新建粮食烘干中心120个。")
    got = _got(_run(extractor, text, "2026-10-22", source="某某日报"), "role", "period")
    assert got == [("980亿斤以上", "target", "2026"), ("5230万亩", "level", "2026-10"),
                   ("980亿斤以上", "target", "2026"), ("120个", "target", None)]


def test_a_forecast_early_in_the_year_or_beside_another_year_stays_undated(extractor: Extractor) -> None:
    """In a document of the first months a forecast may be of the year just over, and beside another year in its
    sentence (2027年建成后) it is no estimate of this one: neither takes the document's year."""
    text = "本报讯 预计全县粮食总产量达到12.6万吨。"
    got = _got(_run(extractor, text, "2026-02-10", source="某某日报"), "role", "period")
    assert got == [("12.6万吨", "target", None)]
    text = "本报讯 县医院新住院楼计划2027年底建成，预计新增床位300张。"
    got = _got(_run(extractor, text, "2026-06-10", source="某某日报"), "role", "period")
    assert got[0][:2] == ("300张", "target") and got[0][2] != "2026"


def test_a_forecast_growth_after_a_forecast_total_is_a_target(extractor: Extractor) -> None:
    """预计总产量18.4亿斤，同比增长3.1%: the growth is forecast with the total, a target (as earlier sets label it)."""
    text = "本报讯 邓州市今年秋粮播种面积182.6万亩，预计总产量18.4亿斤，同比增长3.1%。"
    got = _got(_run(extractor, text, "2026-10-28", source="某某日报"), "role", "place", "period")
    assert got == [("182.6万亩", "level", "邓州市", "2026"), ("18.4亿斤", "target", "邓州市", "2026"),
                   ("3.1%", "target", "邓州市", "2026")]


def test_a_new_buildings_beds_once_built_are_undated(extractor: Extractor) -> None:
    """新住院大楼建成后，医院总床位将达到2500张左右: what follows once built is due whenever that is, even after the
    building's own plan (计划于2027年底投入使用) in the paragraph before."""
    text = ("本报讯 该项目总投资6.8亿元，规划床位1000张，计划于2027年底投入使用。\n"
            "据介绍，新住院大楼建成后，医院总床位将达到2500张左右，并将新增重症医学床位80张。")
    got = _got(_run(extractor, text, "2026-05-14", source="湛江日报"), "role", "period")
    assert got == [("6.8亿元", "level", "2026-05"), ("1000张", "target", "2027"), ("2500张左右", "target", None),
                   ("80张", "target", None)]
