"""What the blind set data/gold/news19 found: six items whose place changes within them (晋城's counties and towns,
曾都区's hospital with its campus in 随县, 巴东's workers in 杭州, 武功 beside 全省 and 全国, the province's figures in
乐山日报, 景德镇's list of hospitals): a campus and a town placed once and named again with no place (北院区启用首日,
厉山镇…常住人口), the county's workers counted where they work (在杭州市稳定就业) and the county acting in the city
(巴东县在杭州市设立…；在杭州举办…), and the province's own value after 低于全省 read as a gap of the county's.
Sentences invented, in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_campus_and_a_town_keep_the_place_they_were_given(extractor: Extractor) -> None:
    """东院区在襄州区伙牌镇启用: the campus and the town stand in 襄州区; a later sentence that names them and no
    place is 襄州区's, after one about the hospital as a whole (樊城区's). A word of the whole unit between the
    campus and the figure (医院总床位), or the campus as what the hospital works for (为东院区招聘), is the
    hospital's."""
    text = ("樊城区人民医院东院区启用\n本报讯 9月15日，樊城区人民医院东院区在襄州区伙牌镇正式启用，设置床位400张。\n"
            "樊城区人民医院现有床位900张。东院区启用首日，接诊患者500人次。东院区启用后，医院总床位将达到1300张。"
            "医院今年为东院区招聘护士60名。伙牌镇及周边常住人口约8万人。")
    got = _got(_run(extractor, text, "2026-09-16", source="襄阳日报"), "place")
    assert got == [("400张", "襄州区"), ("900张", "樊城区"), ("500人次", "襄州区"), ("1300张", "樊城区"),
                   ("60名", "樊城区"), ("约8万人", "襄州区")]


def test_workers_away_and_a_county_acting_in_a_city_are_the_countys(extractor: Extractor) -> None:
    """在深圳市稳定就业8600人 counts the county's workers where they work; 凤山县在深圳市设立工作站2个 is what
    the county does there, and so is the next clause that names the city again (在深圳举办招聘会6场). A part of
    the actor (南宁市在青秀区试点) keeps its own place."""
    text = ("本报讯 今年以来，凤山县全县转移输出农村劳动力1.2万人；在深圳市稳定就业8600人。"
            "凤山县在深圳市设立劳务工作站2个；在深圳举办专场招聘会6场，提供岗位9000个。")
    got = _got(_run(extractor, text, "2026-11-05", source="河池日报"), "place")
    assert got == [("1.2万人", "凤山县"), ("8600人", "凤山县"), ("2个", "凤山县"), ("6场", "凤山县"), ("9000个", "凤山县")]
    text = "本报讯 南宁市在青秀区试点建设社区食堂12个。"
    assert _got(_run(extractor, text, "2026-11-05", source="南宁日报"), "place") == [("12个", "青秀区")]


def test_the_bases_own_value_after_its_name(extractor: Extractor) -> None:
    """低于全省7.6张的平均水平: 7.6 is the province's level, not the county's gap to it; a gap written after the
    base (低于全省0.4个百分点) stays the county's change."""
    text = "本报讯 全县每千人口床位数为5.3张，低于全省7.6张的平均水平。城镇登记失业率为3.2%，低于全省0.4个百分点。"
    got = _got(_run(extractor, text, "2026-08-10", source="旬邑县人民政府"), "place", "role")
    assert got == [("5.3张", "旬邑县", "level"), ("7.6张", "陕西省", "level"), ("3.2%", "旬邑县", "level"),
                   ("0.4个百分点", "旬邑县", "change")]


def test_an_office_acting_in_a_list_of_cities_of_other_provinces(extractor: Extractor) -> None:
    """来凤县人社局还在宁波、苏州、东莞等地设立驻外工作站5个: the county's office acts in those cities, whose
    provinces differ; the figures of its sentence are the county's, not nobody's."""
    text = "本报讯 来凤县人社局还在宁波、苏州、东莞等地设立驻外工作站5个，今年已为务工人员追回工资款42万元。"
    got = _got(_run(extractor, text, "2026-03-12", source="恩施日报"), "place")
    assert got == [("5个", "来凤县"), ("42万元", "来凤县")]
