"""What p24 of data/gold/pages still showed (a provincial daily read back by pdfminer: two columns printed a
line at a time, a blank line after each): a dateline's line, indented two characters the extractor dropped,
goes on from the sweep's rhythm into its column's wider next line. Page invented, in the style of such pages."""

from __future__ import annotations

from stats.rules.rulefile import RuleSet
from tests.repaired import paragraphs

# a county's article (column lines 19 wide, its first line indented) beside a column of briefs 17 wide
_PAGE = [
    "东山县茶叶产业综合产值超过五十亿",
    "山城简讯",
    "本报东山9月3日讯（记者 李明）今年",
    "%。",
    "以来，东山县茶叶种植面积稳定在12万亩，",
    "西坡区今年计划新建设施蔬菜大棚12",
    "预计全年干茶产量达到3.6万吨。目前，全",
    "00栋，带动农户户均增收6000元以上。",
    "县茶叶全产业链综合产值超过五十亿元。",
    "南岭县前8个月外贸进出口总值1.8亿元",
    "上半年，北川市规模以上工业增加值",
    "，增长21.5%。",
    "同比增长7.4%，其中新材料产业增长15.2",
    "■本报讯 截至8月底，石门市",
    "累计建成5G基站4200个。",
]


def test_an_indented_dateline_line_goes_on_into_its_wider_column(ruleset: RuleSet) -> None:
    pars = paragraphs(ruleset.lexicon, "\n\n".join(_PAGE) + "\n")
    # (the neighbours' width, 17, would take the next line, 19 wide, for another column's: the dateline's
    # line is two characters narrower than its column for its indent)
    assert "本报东山9月3日讯（记者李明）今年以来，东山县茶叶种植面积稳定在12万亩，预计全年干茶产量达到3.6万吨。" \
        "目前，全县茶叶全产业链综合产值超过五十亿元。" in pars
    assert "西坡区今年计划新建设施蔬菜大棚1200栋，带动农户户均增收6000元以上。" in pars
