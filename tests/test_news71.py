"""What the blind set data/gold/news71 found: six news items of autonomous regions and places of unusual kinds
(锡林郭勒盟 and its 旗, 贵州日报 on 黔东南州, 凯里市, 六枝特区 and 三都水族自治县, 阿克苏地区 and its 县级市 beside
第一师阿拉尔市, 兵团日报 on 第八师石河子市 and its 团, 内蒙古日报 on 鄂托克旗, 科左中旗 and 鄂伦春自治旗, 桂林日报 on
恭城瑶族自治县 and 龙胜). Blind, the one miss of place was 师市 after 第一师阿拉尔市 in a 地区's paper, read as the
地区; probing the same kinds found a dateline of a city its province runs itself (本报石河子讯, 本报济源讯) dropped as a
prefecture's seat, the banners their papers name by a clipped name (莫旗, 准旗, 鄂温克旗), 东乡县 read as the older
table's county of 江西 in a 甘肃 item, 全疆 no place at all, and a Corps division named without its city (第八师一四三团)
unplaced. Sentences invented, in the style of such items; the division code is checked, as two divisions of one name
differ only by it."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_shishi_after_a_corps_city_named_in_a_prefecture_paper_is_that_city(extractor: Extractor) -> None:
    """与地区毗邻的第一师阿拉尔市…，师市招商引资… in 阿克苏日报: 师市 is the Corps city the sentence names, not the 地区 the
    paper is of; the 地区's own figure before it stays the 地区's."""
    text = ("本报讯 前三季度，全地区城镇新增就业2.1万人。与地区毗邻的第一师阿拉尔市城镇新增就业3900人，"
            "师市招商引资到位资金88亿元，同比增长11.2%。")
    got = _got(_run(extractor, text, "2026-10-12", source="阿克苏日报"), "place", "place_code")
    assert got == [("2.1万人", "阿克苏地区", "652900"), ("3900人", "阿拉尔市", "659002"),
                   ("88亿元", "阿拉尔市", "659002"), ("11.2%", "阿拉尔市", "659002")]


def test_shishi_with_no_corps_city_named_is_the_article_city(extractor: Extractor) -> None:
    """师市 in the Corps city's own item (dateline 本报五家渠讯, no city in the sentence) is that city, as before."""
    text = "本报五家渠讯 今年以来，师市新增城镇就业2600人，新增养老床位180张。"
    got = _got(_run(extractor, text, "2026-06-10", source="兵团日报"), "place", "place_code")
    assert got == [("2600人", "五家渠市", "659004"), ("180张", "五家渠市", "659004")]


@pytest.mark.parametrize(("source", "dateline", "name", "code"), [
    ("兵团日报", "本报石河子讯", "石河子市", "659001"),
    ("新疆日报", "本报石河子讯", "石河子市", "659001"),
    ("河南日报", "本报济源讯", "济源市", "419001"),
    ("海南日报", "本报五指山讯", "五指山市", "469001"),
])
def test_a_dateline_of_a_city_its_province_runs_is_where_the_item_was_filed(
        extractor: Extractor, source: str, dateline: str, name: str, code: str) -> None:
    """A county-level city the province runs itself (block 90 of its code, first of which by number ends in 01) is no
    prefecture's seat: the province's paper's bureau there files the item, whose 全市 is that city."""
    text = f"{dateline}（记者 李文）上半年，全市城镇新增就业7300人，新增养老床位240张。"
    got = _got(_run(extractor, text, "2026-07-20", source=source), "place", "place_code")
    assert got == [("7300人", name, code), ("240张", name, code)]


def test_a_league_seat_dateline_stays_the_league(extractor: Extractor) -> None:
    """本报乌兰浩特讯 in 兴安日报: the league's seat (152201, xx01 of a prefecture) is where the paper sits, the item the
    league's, as before."""
    text = "本报乌兰浩特讯（记者 李文）上半年，全盟城镇新增就业7300人。"
    got = _got(_run(extractor, text, "2026-07-20", source="兴安日报"), "place", "place_code")
    assert got == [("7300人", "兴安盟", "152200")]


