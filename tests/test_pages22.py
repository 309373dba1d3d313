"""More of what real newspaper pages hold (pages22): a figures box (数说, 图解) of big numbers each over its short
label, read back as the number then the label. Pages invented, in the style of such pages."""

from __future__ import annotations

from stats.rules.rulefile import RuleSet
from stats.run.pipeline import Extractor
from tests.repaired import paragraphs


def test_a_figures_box_number_takes_the_beds_its_label_after_it_names(extractor: Extractor) -> None:
    """A box's number is read before its label (23.6万张 全市医疗卫生机构床位数): the label's count noun names the
    beds from past the place and the kind of institution (they were a count of items); another count in 张
    with 床位数 in the next clause is none."""
    got = {f["quote"]: f["metric"] for f in extractor.extract_text(
        "数说·去年全市民生\n23.6万张全市医疗卫生机构床位数 4.2万人城镇新增就业\n").figures}
    assert got["23.6万张"] == "beds.total" and got["4.2万人"].startswith("jobs.")
    got = {f["quote"]: f["metric"] for f in extractor.extract_text(
        "全市发放消费券3000张，全市医疗卫生机构床位数保持稳定。").figures}
    assert got["3000张"] != "beds.total"


# a figures box as an extractor that reads its blocks top to bottom gives it: the big numbers, each a line, then
# their labels, then the next item's headline and dateline
_STACKED = ("宣城日报 2024年3月5日 星期二 第2版\n\n图解·去年全市民生\n\n23.6万张\n\n4.2万人\n\n96.8%\n\n"
            "全市医疗卫生机构床位数\n\n城镇新增就业\n\n城乡居民医保参保率\n\n宣州区加快建设\n\n"
            "本报讯（记者 王平）今年以来，宣州区新建公园12个。\n")


def test_a_figures_box_number_alone_on_its_line_heads_no_item(extractor: Extractor) -> None:
    """A box's big number alone with its unit (23.6万张) is no headline: it stays in the box under the box's title
    (全市: the paper's city), not with the next item's headlines (its district took the box's figures)."""
    got = {f["quote"]: f["place"] for f in extractor.extract_text(_STACKED).figures}
    assert got == {"23.6万张": "宣城市", "4.2万人": "宣城市", "96.8%": "宣城市", "12个": "宣州区"}


def test_an_area_word_after_a_box_number_outranks_a_part_further_on(extractor: Extractor) -> None:
    """A box's row read glued into the next item's headline (…惠及居民勃利县黑木耳…): 全市 right after the number
    (its label) names it; the county further on is the next item's (it took the figure)."""
    text = ("七台河日报 2024年12月18日 星期三 第1版\n"
            "5680张全市医疗卫生机构床位数 1.8万户老旧小区改造惠及居民勃利县黑木耳产业带动农民增收\n")
    got = {f["quote"]: f["place"] for f in extractor.extract_text(text).figures}
    assert got["5680张"] == "七台河市"
    got = {f["quote"]: f["place"] for f in extractor.extract_text(
        "七台河日报 2024年12月18日 星期三 第1版\n载满25吨木耳的货车从勃利县出发。\n").figures}
    assert got["25吨"] == "勃利县"


_OVER_LABELS = ("宣城日报 2024年3月5日 星期二 第2版\n\n数说·去年全市民生\n\n23.6万张\n全市医疗卫生机构床位数\n4.2万人\n"
                "城镇新增就业\n96.8%\n城乡居民医保参保率\n\n宣州区加快建设\n"
                "本报讯（记者 王平）今年以来，宣州区新建公园12个。\n")


def test_a_box_of_figures_over_their_labels_pairs_each_figure_with_the_label_under_it(
        ruleset: RuleSet, extractor: Extractor) -> None:
    """A box that sets each figure over its label, read a line each: an entry is a figure and the label under
    it (the label was joined to the figure under it, 城镇新增就业96.8%: the rate read as jobs), the box's title
    apart, and the entries are the box's body, not headlines of the item after it."""
    pars = paragraphs(ruleset.lexicon, _OVER_LABELS)
    assert {"数说·去年全市民生", "23.6万张全市医疗卫生机构床位数", "4.2万人城镇新增就业",
            "96.8%城乡居民医保参保率"} <= set(pars)
    got = {f["quote"]: f for f in extractor.extract_text(_OVER_LABELS).figures}
    assert got["23.6万张"]["metric"] == "beds.total" and got["4.2万人"]["metric"].startswith("jobs.")
    assert not got["96.8%"]["metric"].startswith("jobs.")
    assert got["12个"]["place"] == "宣州区"


def test_a_box_of_labels_over_their_figures_is_read_as_before(ruleset: RuleSet) -> None:
    """Labels over their figures (城镇新增就业 | 1.32万人): each figure ends its entry, as before (the box's title
    runs into its first entry, as before too)."""
    pars = paragraphs(ruleset.lexicon, "数说·去年全市民生\n城镇新增就业\n1.32万人\n城镇调查失业率\n4.6%\n\n"
                                       "本报讯（记者 王平）今年以来，宣州区新建公园12个。\n")
    assert pars[:2] == ["数说·去年全市民生城镇新增就业1.32万人", "城镇调查失业率4.6%"]


def test_a_box_of_labels_over_figures_with_heads_between_is_no_box_of_figures_over_labels(ruleset: RuleSet) -> None:
    """Labels over their figures under heads (教育 | 新建幼儿园 | 6所 | 新增学位 | 1260个 | 住房 | …): read from a
    figure, figure and line under alternate too (6所 | 新增学位 | 1260个 | 住房), but a label over a figure goes
    on after them: each figure stays with the label over it."""
    pars = paragraphs(ruleset.lexicon, "数说鹤城上半年民生\n教育\n新建幼儿园\n6所\n新增学位\n1260个\n住房\n改造老旧小区\n"
                                       "38个\n惠及居民\n1.26万户\n\n本报讯（记者 王平）今年以来，宣州区新建公园12个。\n")
    assert "新增学位1260个" in pars and "惠及居民1.26万户" in pars
    assert not any(p.startswith(("6所", "1260个", "38个")) for p in pars)
