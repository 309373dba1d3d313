"""What real newspaper pages hold (pages24): an autonomous region's office speaking for its region, county pages
of short items side by side, notices and tables. Pages invented, in the style of such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor


def _places(extractor: Extractor, text: str) -> dict[str, str]:
    return {f["quote"]: f["place"] for f in extractor.extract_text(text).figures}


def test_an_autonomous_regions_office_speaks_for_the_region_not_the_district_named_before(
        extractor: Extractor) -> None:
    """自治区人社厅有关负责人表示，全年全区… after a sentence on a district of the city the story was filed
    from: the office writes its level out (自治区) and speaks for the region, as 省人社厅 speaks for the
    province; its 全区 is no longer the district."""
    got = _places(extractor, "广西日报 2024年9月26日 星期四 第6版\n全区城镇新增就业稳步增长\n"
                             "本报南宁9月25日讯（记者 韦明）1-8月，全区城镇新增就业31.2万人。"
                             "南宁市青秀区今年计划开发公益性岗位1200个。\n"
                             "自治区人力资源和社会保障厅有关负责人表示，全年全区将力争实现城镇新增就业40万人以上。\n")
    assert got == {"31.2万人": "广西壮族自治区", "1200个": "青秀区", "40万人以上": "广西壮族自治区"}
