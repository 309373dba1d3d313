"""What the blind pages p45 (遂宁日报's 县域 page, read by pdftotext -raw) and p46 (平凉日报's 县域 page, read by
pdfminer with boxes_flow=1.0) found. On a four-column grid a county item's headline wraps over two lines, and
`pdftotext -raw` sets them under the item above with no blank line: the first line was read as the last words of
that item's body, the second alone as the headline (a figure and no place, the paper's city). 全市 in a prefecture
paper's item on a county-level city (华亭市…。截至5月底，全市…) is that city, and a yearly output once a project is
built (建成后年屠宰加工肉牛10万头) a capacity to come. Sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

# items of a county page as pdftotext -raw reads them: a narrow column's lines, headlines of two lines between
RAW = "\n".join([
    "德阳日报 2026年2月12日 星期四 第4版 县域",
    "旌阳区去年新增养老",
    "床位380张",
    "本报讯（记者 某某）11",
    "日，记者从旌阳区民政局获悉",
    "，去年，旌阳区新增养老床位",
    "380张，全区养老机构床位总",
    "数达到2950张。",
    "罗江区“春风行动”",
    "提供岗位6200个",
    "本报讯（记者 某某 通讯",
    "员 某某）10日，罗江区2026年",
    "“春风行动”招聘会举行，提供",
    "就业岗位6200个。去年，罗江",
    "区城镇新增就业4360人。",
    "中江县发放惠农补贴2.",
    "6亿元",
    "本报讯（记者 某某）去",
    "年，中江县发放各类惠农补贴",
    "资金2.6亿元，惠及农户21.4万",
    "户。",
    "",
])


def test_a_headline_of_two_lines_under_an_item_is_the_next_items_own(extractor: Extractor) -> None:
    """A headline of two short lines under a line that ends complete, over a dateline, opens the item under it: its
    figure takes that item's county (罗江区 of the first line, not the paper's city) and no period of the item above
    (去年, in an item dated by 10日); a figure cut across the two lines (2. | 6亿元) is whole."""
    got = _got(_run(extractor, RAW, "2026-02-12", source="德阳日报"), "place", "period")
    assert got.count(("6200个", "罗江区", "2026")) == 2
    assert ("4360人", "罗江区", "2025") in got
    assert got.count(("2.6亿元", "中江县", "2025")) == 2
    assert ("2950张", "旌阳区", "2025") in got and ("21.4万户", "中江县", "2025") in got


def test_the_whole_city_of_a_county_level_citys_item_is_that_city(extractor: Extractor) -> None:
    """全市 after a county-level city that the text speaks of (the head of its hospital's name, the sentence before) is
    that city; after a breakdown (其中，…) the text is back on the paper's city, and 我市 is always the paper's."""
    text = ("本报讯（记者 某某）近日，什邡市第一人民医院门诊综合楼投入使用，新增床位260张。截至5月底，全市医疗卫生机构床位"
            "总数达到2180张。\n今年以来，全市新增城镇就业1.6万人，其中，绵竹市新增2100人。全市新增养老床位900张。"
            "\n广汉市新建养老服务中心3个。我市养老机构床位总数达到1.8万张。\n")
    got = _got(_run(extractor, text, "2025-06-12", source="德阳日报"), "place")
    assert ("2180张", "什邡市") in got and ("260张", "什邡市") in got
    assert ("1.6万人", "德阳市") in got and ("2100人", "绵竹市") in got and ("900张", "德阳市") in got
    assert ("1.8万张", "德阳市") in got


def test_a_yearly_output_once_built_is_a_target(extractor: Extractor) -> None:
    """建成后年… (a year's output once the project stands) is a capacity to come; 建成后年底前… is a time."""
    text = ("本报讯 某县肉牛屠宰加工项目近日开工，总投资3.8亿元，建成后年屠宰加工肉牛8万头。"
            "该县冷链物流中心去年建成后年底前已储运果蔬1.2万吨。\n")
    got = _got(_run(extractor, text, "2025-06-12", source="平凉日报"), "role")
    assert ("8万头", "target") in got and ("3.8亿元", "level") in got and ("1.2万吨", "level") in got
