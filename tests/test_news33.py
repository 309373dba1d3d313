"""What the blind set data/gold/news33 found: seven city and provincial news items hard on place and period (a
community's jobs under its district and city, a 高新区's quarter, a region's paper going round three cities and
then 全区, a county's year told on 12月30日 and printed in January, a county's beds over 近三年, a town's
greenhouses under its county and city, a county's 1-4月 with 环比): a partner named after 联合 taken for the
subject of the fairs it helped to hold, and a community's headline placed by the paper's city instead of the
district its lead names it under. Sentences invented, in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_partner_named_after_lianhe_is_not_the_subject(extractor: Extractor) -> None:
    """孝感高新区联合孝南区人社局举办招聘会…: the district's office helps; the fairs and posts are the zone's, its
    city's; a county working with a district's office keeps its own figures."""
    text = "本报讯 今年以来，孝感高新区联合孝南区人社局举办招聘会6场，提供岗位5200余个。"
    got = _got(_run(extractor, text, "2026-04-22", source="孝感日报"), "place")
    assert got == [("6场", "孝感市"), ("5200余个", "孝感市")]
    text = "本报讯 一季度，孝昌县携手孝南区人社部门开展技能培训860人次，帮助320人实现就业。"
    got = _got(_run(extractor, text, "2026-04-22", source="孝感日报"), "place", "period")
    assert got == [("860人次", "孝昌县", "2026Q1"), ("320人", "孝昌县", "2026Q1")]


def test_a_district_after_lianhe_still_names_the_subject_of_its_own_clause(extractor: Extractor) -> None:
    """孝南区联合…: the district opening its clause is the subject, as before."""
    text = "本报讯 今年以来，孝南区联合辖区企业举办招聘会9场，提供岗位3100个。"
    got = _got(_run(extractor, text, "2026-04-22", source="孝感日报"), "place")
    assert got == [("9场", "孝南区"), ("3100个", "孝南区")]


def test_a_communitys_headline_figure_is_its_districts(extractor: Extractor) -> None:
    """天井湖社区帮扶620人就业 over 铜官区天井湖社区…: the community's headline figure stands in its district,
    not in the paper's city, as a town's does under its county."""
    text = ("天井湖社区帮扶620人就业\n本报讯 今年以来，铜官区天井湖社区依托就业服务站帮扶620人实现就业。"
            "全区城镇新增就业5800人。")
    got = _got(_run(extractor, text, "2026-10-20", source="铜陵日报"), "place")
    assert got == [("620人", "铜官区"), ("620人", "铜官区"), ("5800人", "铜官区")]


def test_a_headline_on_city_communities_stays_the_citys(extractor: Extractor) -> None:
    """城市社区… in a headline over a lead naming a district: 城市社区 is no community's name; the item is the
    paper's city's."""
    text = ("城市社区养老服务站点达到812个\n本报讯 截至9月底，全市城市社区养老服务站点达到812个，"
            "其中铜官区城市社区建成站点236个。")
    got = _got(_run(extractor, text, "2026-10-20", source="铜陵日报"), "place")
    assert got[:2] == [("812个", "铜陵市"), ("812个", "铜陵市")]
