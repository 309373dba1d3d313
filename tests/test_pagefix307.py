"""Page-layout leftovers (pagefix307): a brief's headline opening on a place or a level word and a colon before a time
(某某：1—11月…) glued to the paragraph above it, a headline's level word alone (自治区：…) naming the region, and a unit
of another province heading the clause before a figure's that names no subject of its own, and a tail astray above its
head on a page of boxes (no sweep) whatever the lines between. Sentences invented, in the style of such pages.

On the pages set: p132's 300张 大厂回族自治县 -> 香河县 (gold), place 0.9828 -> 0.983, no other row of any set changed.
Left: p134's own 自治区：… head stays glued to 察布查尔县's paragraph: the page's jump line （下转第4版） and the brief's
head glued after it (察布查尔县：综合养老服务中心投用, a colon before words) keep the line-by-line judge from it; letting
a colon before words through too split both and placed 52.8万人 in the region, but set p123's chart under 今年 at
2026-12 and moved news34's n03, so the colon is let through before a time only."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures

# a prefecture's page read a line at a time with no blank line between items (pypdfium2): a brief's headline, a
# county and a colon before the months, under the last line of the item above it (ending complete) and over its
# dateline
_GLUED = """喀什日报 2026年12月20日 星期日 第3版 民生
本报讯（记者 艾力）12月18日，记者从地区人社局获悉，1—11
月，全地区城镇新增就业4.12万人，完成年度目标任务的103.0%
；农村富余劳动力转移就业52.6万人次。今年，全地区新建就业
帮扶车间86个，吸纳就业3260人。
伽师县：1—11月新增就业岗位2860个
本报讯 1—11月，全县新增就业岗位2860个，其中吸纳脱贫劳动
力就业910人。
"""


def _rows(extractor: Extractor, text: str, published: str, source: str) -> list[dict]:
    return dated_figures(extractor, text, published, source)


def test_a_headline_with_a_place_and_a_colon_before_its_months_opens_the_item_under_it(extractor: Extractor) -> None:
    """A short line 某某：1—11月…2860个 between a line ending complete and a dateline is the next item's headline
    (`title_lines`: a colon after a place's name before a time is a headline's, `_HEADLINE_MARKS`), a paragraph of
    its own: its figure is read in the item under it, of the county it names, not as words of the sentence above,
    whose place it would take."""
    rows = _rows(extractor, _GLUED, "2026-12-20", "喀什日报")
    head = [r for r in rows if r["sentence"].startswith("伽师县")]
    assert [(r["quote"], r["place"], r["period"]) for r in head] == [("2860个", "伽师县", "2026M01-M11")], rows
    lead = next(r for r in rows if r["quote"] == "910人")
    above = next(r for r in rows if r["quote"] == "3260人")
    assert head[0]["article_id"] == lead["article_id"] != above["article_id"], rows


def test_a_headline_opening_on_a_level_word_and_a_colon_names_the_division_of_that_level(extractor: Extractor) -> None:
    """自治区：1—11月城镇新增就业52.8万人 over 本报讯 in a prefecture's paper: the item is the autonomous region's
    (places.yaml headline_level), its headline's figure and its lead's 全区 the region's, not the prefecture's."""
    text = _GLUED.replace("伽师县：1—11月新增就业岗位2860个", "自治区：1—11月城镇新增就业52.8万人").replace(
        "本报讯 1—11月，全县新增就业岗位2860个，其中吸纳脱贫劳动\n力就业910人。",
        "本报讯 据自治区人社厅消息，1—11月，新疆城镇新增就业52.8\n万人；截至11月底，全区养老机构床位达到8.65万张。")
    got = [(r["quote"], r["place"]) for r in _rows(extractor, text, "2026-12-20", "喀什日报")]
    assert got[-3:] == [("52.8万人", "新疆维吾尔自治区"), ("52.8万人", "新疆维吾尔自治区"),
                        ("8.65万张", "新疆维吾尔自治区")], got
    assert ("3260人", "喀什地区") in got, got


def test_a_unit_of_another_province_whose_clause_holds_no_figure_is_the_next_clauses_subject(
        extractor: Extractor) -> None:
    """A unit of another province heading the clause right before a figure's clause that names no subject of its own
    (昆山市第一人民医院引进上海优质医疗资源，新增床位150张, in a 上海 district's paper): the unit adds the beds, they are
    its county's; a unit whose own clause holds a figure (…派出专家30名，…) places that clause only, as before."""
    text = ("嘉定报 2026年11月20日 星期五 第3版 协作\n\n嘉昆协作结硕果\n\n"
            "本报讯 今年以来，嘉定区与昆山市协作持续深化。前三季度，嘉定区新增就业岗位2.1万个；太仓市养老机构床位达到"
            "3200张；昆山市第一人民医院引进上海优质医疗资源，新增床位150张。\n")
    got = [(r["quote"], r["place"]) for r in _rows(extractor, text, "2026-11-20", "嘉定报")]
    assert got == [("2.1万个", "嘉定区"), ("3200张", "太仓市"), ("150张", "昆山市")], got
    other = text.replace("引进上海优质医疗资源", "派出专家30名")
    got = [(r["quote"], r["place"]) for r in _rows(extractor, other, "2026-11-20", "嘉定报")]
    assert ("30名", "昆山市") in got and ("150张", "昆山市") not in got, got


# a county's lead printed a line a box out of order (pdfminer's flow), the second paragraph's tail line (8亿元，…) three
# text lines before its head's (…贷款1.): an odd number of lines, as two swept columns put a column's foot and the next
# column's top
_ASTRAY_ODD = ["平遥县报 2026年7月10日 星期五 第2版 综合", "全县民生实事扎实推进",
               "本报讯 今年以来，全县新建农村公路86公里，改造",
               "8亿元，带动创业就业2300人。",
               "农村危房320户。",
               "截至6月底，全县养老机构床位达到1850张。",
               "上半年，全县发放创业担保贷款1.",
               "9月6日　县人民医院新院区启用，"]


def test_a_tail_astray_an_odd_number_of_lines_above_its_head_on_a_page_of_boxes_is_read_no_smaller(
        extractor: Extractor) -> None:
    """A number cut at its point (…贷款1.) whose tail's line a page printed a box a line stands three lines above it,
    on a page the column stage reads as no sweep (`interleave._alternating`, `_seams_alternate`): no reading order
    joins them, and the tail read alone is a wrong value (8亿元 for 1.8亿元), so it is made unreadable; only on a
    swept page does an odd distance put the tail at the next column's top, where the column stage joins it
    (test_pdftext's foot beyond the window)."""
    text = "\n\n".join(_ASTRAY_ODD) + "\n"
    got = [(r["quote"], r["value"]) for r in _rows(extractor, text, "2026-07-10", "平遥县报")]
    values = [v for _, v in got]
    assert 8e8 not in values and 1.8e8 not in values, got
    assert ("86公里", 86.0) in got and ("320户", 320.0) in got and ("1850张", 1850.0) in got, got
