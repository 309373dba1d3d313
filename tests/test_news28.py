"""What the blind set data/gold/news28 found: six items where figures of several places stand side by side (甘肃's
city-by-city new jobs, 云南 and 贵州's May Day tourism in one 新华社 item, 毕节's county hospitals' new beds, 吴江's
east-west cooperation with 石阡, 新疆's share of the central job fund, 昆明's gig-work markets by district): places
in a bracket list left as asides to the figures inside that very bracket, money handed to a receiving county
(向石阡县拨付…) given to the giver, the name 南疆四地州 counted as four 地, and a 其中 list that opens a paragraph
(分地区看…。其中，兰州市4.32万人) left without the kind of the whole the paragraph before gave. Sentences invented,
in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_places_in_a_bracket_head_the_figures_inside_it(extractor: Extractor) -> None:
    """（五华区8个、盘龙区7个）: each figure inside the bracket is its district's; the total after the bracket is still
    the city's, and a place in a bracket that holds no figure stays an aside (含…)."""
    text = ("本报讯 截至8月底，全市已建成零工市场46个。主城区发展较快（五华区8个、盘龙区7个、官渡区9个），"
            "共计24个。")
    got = _got(_run(extractor, text, "2026-09-08", source="昆明日报"), "place")
    assert got == [("46个", "昆明市"), ("8个", "五华区"), ("7个", "盘龙区"), ("9个", "官渡区"), ("24个", "昆明市")]
    text = "本报讯 全市新建零工驿站12个（含五华区、盘龙区），服务求职者3600人次。"
    got = _got(_run(extractor, text, "2026-09-08", source="昆明日报"), "place")
    assert got == [("12个", "昆明市"), ("3600人次", "昆明市")]


def test_money_handed_to_a_place_is_the_receivers(extractor: Extractor) -> None:
    """吴江区向石阡县拨付财政援助资金…: the money and the projects it pays for are the receiving county's; a place
    people go to (派往, 支援) is still no subject of the sender's count."""
    text = "本报讯 今年以来，吴江区向石阡县拨付财政援助资金8650万元，实施帮扶项目32个。"
    got = _got(_run(extractor, text, "2026-06-18", source="石阡县人民政府"), "place")
    assert got == [("8650万元", "石阡县"), ("32个", "石阡县")]
    text = "本报讯 今年以来，吴江区社会各界向石阡县捐款捐物折合资金1260万元。"
    got = _got(_run(extractor, text, "2026-06-18", source="石阡县人民政府"), "place")
    assert got == [("1260万元", "石阡县")]


def test_a_group_named_by_its_number_of_prefectures_counts_nothing(extractor: Extractor) -> None:
    """南疆四地州 names the four prefectures of southern Xinjiang as a group: no figure of four 地; 14个地州市 counts."""
    text = "本报讯 其中用于南疆四地州的资金17.5亿元，覆盖全区14个地州市。"
    got = [f["quote"] for f in _run(extractor, text, "2026-05-12", source="新疆日报")]
    assert got == ["17.5亿元", "14个"]


def test_a_part_list_opening_a_paragraph_leans_on_the_whole_before(extractor: Extractor) -> None:
    """全省城镇新增就业17.6万人…下降0.3个百分点。\\n分地区看，…。其中，兰州市4.32万人、天水市1.86万人: the parts are of the
    province's new jobs, past a figure of another unit and the paragraph break."""
    text = ("本报兰州7月15日讯 上半年，全省城镇新增就业17.6万人；6月末城镇调查失业率为5.1%，下降0.3个百分点。\n"
            "分地区看，各市州进度较快。其中，兰州市4.32万人、天水市1.86万人。")
    figs = _run(extractor, text, "2026-07-16", source="甘肃日报")
    got = [(f["quote"], f["metric"], f["place"]) for f in figs if f["quote"] in ("17.6万人", "4.32万人", "1.86万人")]
    assert got == [("17.6万人", "jobs.urban_new", "甘肃省"), ("4.32万人", "jobs.urban_new", "兰州市"),
                   ("1.86万人", "jobs.urban_new", "天水市")]
