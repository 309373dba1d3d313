"""What the pages of data/gold/pages left (pagefix233).

p119 (pdfminer, boxes_flow -1.0: every line a box of its own, a blank line after each, the boxes in an order of their
own) read a brief's …水稻种植面积达到252 with another brief's rest 80个，月补贴1500元。 two boxes down: 25280个, a wrong
value. Its column of briefs is out of order there, which the reader's lines show: a brief before it broke off inside a
number (…公益性岗位3) and the next box opened another brief (■ 海伦市…), so that number's rest comes later, and the
first number's rest opening a box after it may be either's. Now

- a line opening with a bullet (■ □ ◆ ▲ ●) and a word after a blank line opens a paragraph, whatever the line above
  ends in (`_BULLET_OPENS`): …岗位3 ran on into ■海伦市… before;
- a line ending inside a number over such an item's first line (or a dateline) leaves that number dangling
  (`_Repairer.dangling`); the first line past a blank one that opens with digits after it is joined with its digits
  and those the paragraph ends in made unreadable (…达到252 | | 80个: no figure), a wrong value being worse than a
  missing one. With no number dangling, a number a blank line cuts goes on as before (…1.8 | | 6万户: 1.86万户).

p119's 北大荒 item, which names no place, took the place of the document's opening, the chain its first place opens
deepened by every place inside the last link: 黑龙江 > 哈尔滨 (the dateline's) > 五常市, a later brief's county inside
哈尔滨市, though 齐齐哈尔市 beside 哈尔滨市 came between. Now the chain ends at the first place named beside one of its
links, at the link holding both (`gaz_opening`): 黑龙江省.

The pages set: precision 0.9993 -> 0.9995 (p119's 25280个 gone), place 0.9828 -> 0.9837 (the 北大荒 item's five
figures); p119-p120 alone precision 0.9907 -> 1.0, place 0.8857 -> 0.9333. Left: p119's 252万亩 and 380个 (the rests
of both cut numbers are out of order, no reading is sure), p120's two-column item beside a one-column one, p82's
headline 7.6张 (2026-02, gold 2025) and 3.26人, p107's 126个, p115's 1200张, p114's 286万千瓦, p116's sidebar headline.
Sentences invented, in the style of such a page."""

from __future__ import annotations

from stats.repair.layout import repair
from stats.rules.rulefile import RuleSet
from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted

# a page read as p119 was: every line a box, a blank line after each; a column of briefs out of order
_BRIEFS_OUT_OF_ORDER = """本报讯（记者 刘冬）今年，哈尔滨市新建和改造农村户厕2.1万户，

完成投资1.6亿元。

■ 宾县本月新增农村公益性岗位4

■ 依兰县1—10月发放创业担保贷款

万头，肉牛存栏12.6万头。

■ 双城区今年生猪出栏达到168

60个，月补贴1200元。

各地简讯
"""

# … and one in order: each brief's number cut at its first line goes on after the blank line
_BRIEFS_IN_ORDER = """本报讯（记者 刘冬）今年，哈尔滨市新建和改造农村户厕2.1万户，

完成投资1.6亿元。

■ 宾县本月新增农村公益性岗位4

60个，月补贴1200元。

■ 双城区今年以来新增市场主体1.2

6万户，其中企业3180户。

各地简讯
"""


def _quotes(extractor: Extractor, text: str) -> list[str]:
    return [q for (q,) in quoted(dated_figures(extractor, text, "2026-12-08", "农民日报"))]


def test_a_cut_number_over_another_brief_leaves_the_next_join_unsure(extractor: Extractor) -> None:
    """…岗位4 | | ■ 依兰县…: the number dangles; …达到168 | | 60个 may be 460个 or 16860个, neither read; the rest stays."""
    quotes = _quotes(extractor, _BRIEFS_OUT_OF_ORDER)
    assert not any(q.endswith("60个") for q in quotes)
    assert "1200元" in quotes and "12.6万头" in quotes and "1.6亿元" in quotes


def test_a_bullet_after_a_blank_line_opens_a_paragraph(ruleset: RuleSet) -> None:
    """…岗位4 | | ■ 依兰县1—10月…: ■ opens the brief's own paragraph, no number's rest of the line above."""
    lex = ruleset.lexicon
    pars = repair(_BRIEFS_OUT_OF_ORDER, lex.article_start, lex.sentence_end, complete=lex.line_complete).text
    assert "岗位4\n■依兰县" in pars


def test_a_number_cut_at_a_blank_line_goes_on_with_nothing_dangling(extractor: Extractor) -> None:
    """…岗位4 | | 60个 and …1.2 | | 6万户 in order: 460个 and 1.26万户."""
    quotes = _quotes(extractor, _BRIEFS_IN_ORDER)
    assert "460个" in quotes and "1.26万户" in quotes and "3180户" in quotes


# a province's page: its lead filed from the capital, items of its cities after, then an item that names no place
_PAGE_OF_CITIES = """农民日报 2026年12月8日 星期二 第5版 地方
吉林粮食总产量再创新高
本报长春12月7日讯（记者 王岩）今年，吉林省粮食总产量达到853.2亿斤，比上年增加12.6亿斤。

吉林市新增床位300张
本报讯 今年，吉林市人民医院新住院楼投入使用，新增床位300张。

榆树市农民收入稳步增长
本报讯 前三季度，榆树市农村居民人均可支配收入达到14260元。

订单农业覆盖面扩大
本报讯 今年，农垦集团有限公司订单农业面积达到1260万亩，带动农户3.2万户。
"""


def test_an_item_with_no_place_of_its_own_stands_in_the_page_province(extractor: Extractor) -> None:
    """A national paper's page (no place of its own) opens on 吉林 and 长春 (the dateline's), then its items 吉林市
    and 榆树市, side by side: an item naming no place is the province's, not that of a later item the chain 吉林省 >
    长春市 reached (榆树市 lies inside 长春市, but 吉林市 beside it ended the chain)."""
    figs = dated_figures(extractor, _PAGE_OF_CITIES, "2026-12-08", "农民日报")
    got = {f["quote"]: f["place"] for f in figs}
    assert got["1260万亩"] == "吉林省" and got["3.2万户"] == "吉林省"
    assert got["300张"] == "吉林市" and got["14260元"] == "榆树市"
