"""What the blind set data/gold/news37 found: seven national items as central media print them (a 新华社 item on a
国家统计局 monthly release, a 人社部 press conference, a 国家卫生健康委 bulletin, a 国新办 press conference of four
ministries, the 东部/中部/西部/东北 regions, China set against the world and the OECD, 香港 and 澳门): a figure of the
world, of the 欧盟 or of the OECD took the country carried from before (全国), a country after a year at its clause's
head (2025年美国…) was not read as heading it, 中国 set against the world named no place, a base named after 超过 or
接近 was read as the subject, and an item under 本报北京 whose headline named no place was Beijing's though its lead
spoke of the whole country. Sentences invented, in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_NATIONAL = "我国研发投入持续增加\n\n本报北京6月8日电（记者 某某）全国研发经费投入强度为2.68%。"


def _place(got: list[tuple], quote: str) -> str:
    """The place of the figure quoted so ("" where it has none)."""
    return next((p or "") for q, p in got if q == quote)


def test_a_figure_of_the_world_has_no_place(extractor: Extractor) -> None:
    """全球…, OECD国家… at a clause's head: the world's or a group's figure, of no country and no division; the
    national figure after them is the country's again."""
    text = _NATIONAL + "全球经济增长约为3.1%，OECD国家平均失业率为4.8%。我国城镇调查失业率平均值为5.2%。"
    got = _got(_run(extractor, text, "2026-05-10", source="光明日报"), "place")
    assert _place(got, "约为3.1%") == ""
    assert _place(got, "4.8%") == ""
    assert _place(got, "5.2%") == "全国"


def test_china_beside_the_world_is_the_country(extractor: Extractor) -> None:
    """全球…，其中中国申请人提交…: 中国 set against the world is the whole country; 中国银行 heads a unit's name."""
    text = _NATIONAL + "2025年全球提交国际专利申请约26.8万件，其中中国申请人提交6.9万件。"
    got = _got(_run(extractor, text, "2026-05-10", source="光明日报"), "place")
    assert _place(got, "6.9万件") == "全国"
    assert _place(got, "约26.8万件") == ""


def test_a_country_after_a_year_heads_its_clause(extractor: Extractor) -> None:
    """从国际比较看，2025年美国研发经费投入强度约为3.4%: the year before the name leaves the country its clause's head."""
    text = _NATIONAL + "从国际比较看，2025年美国研发经费投入强度约为3.4%，日本为3.3%。"
    got = _got(_run(extractor, text, "2026-05-10", source="光明日报"), "place")
    assert _place(got, "约为3.4%") == "美国"
    assert _place(got, "3.3%") == "日本"


def test_the_value_of_a_group_of_countries_named_after_chaoguo_is_theirs(extractor: Extractor) -> None:
    """超过欧盟国家2.1%的平均水平, 接近经济合作与发展组织（OECD）国家2.6%的平均水平: the base's own value, not the
    subject's; the subject's figure before stays the country's."""
    text = ("研发投入持续增加\n\n我国研发经费投入强度为2.68%，已超过欧盟国家2.1%的平均水平，"
            "接近经济合作与发展组织（OECD）国家2.6%的平均水平。")
    got = _got(_run(extractor, text, "2026-05-10", source="光明日报"), "place")
    assert _place(got, "2.68%") == "全国"
    assert _place(got, "2.1%") == ""
    assert _place(got, "2.6%") == ""


def test_a_place_after_chaoguo_is_a_base(extractor: Extractor) -> None:
    """增速超过全省平均水平: the province named after 超过 is the base, the county's figure its own."""
    text = "本报讯 今年一季度，全县规模以上工业增加值增长8.2%，超过全省平均水平1.5个百分点。"
    got = _got(_run(extractor, text, "2026-04-20", source="赣州日报", place="瑞金市"), "place")
    assert got == [("8.2%", "瑞金市"), ("1.5个百分点", "瑞金市")]


def test_a_lead_on_the_whole_country_under_a_beijing_dateline_is_national(extractor: Extractor) -> None:
    """本报北京…讯 under a headline that names no place, its lead on 我国: the regions' figures are the country's
    (东部地区 is no division), not Beijing's."""
    text = ("区域发展协调性增强\n\n本报北京8月19日讯（记者 某某）国家统计局数据显示，今年上半年，我国区域经济"
            "协调发展态势巩固。上半年，东部地区生产总值增长5.2%，西部地区增长5.5%。")
    got = _got(_run(extractor, text, "2026-08-20", source="经济日报"), "place")
    assert got == [("5.2%", "全国"), ("5.5%", "全国")]


def test_a_beijing_item_under_a_beijing_dateline_stays_beijing(extractor: Extractor) -> None:
    """本报北京…讯 whose lead names Beijing's own districts or the city (全市) stays a Beijing item."""
    text = ("轨道交通客流创新高\n\n本报北京8月19日讯（记者 某某）今年上半年，全市轨道交通客运量达到21.6亿人次。")
    got = _got(_run(extractor, text, "2026-08-20", source="经济日报"), "place")
    assert got == [("21.6亿人次", "北京市")]


def test_a_rank_among_the_worlds_cities_leaves_the_citys_figures(extractor: Extractor) -> None:
    """居全球城市前列 names the world as a rank's field only: 其中国家高新技术企业 (其中 + 国家, no 中国) stays
    the city's."""
    text = ("本报讯 全市新设科技型企业8.4万家，其中国家高新技术企业2.6万家，独角兽企业97家，数量居全球城市前列。")
    got = _got(_run(extractor, text, "2026-01-20", source="北京日报", place="北京市"), "place")
    assert got == [("8.4万家", "北京市"), ("2.6万家", "北京市"), ("97家", "北京市")]
