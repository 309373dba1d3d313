"""What the misses of data/gold/pages showed (pagesfix): a number cut at its unit whose tail an extractor printed as a
box far from its head (…增长12 | … | %。; …驿站85 | … | 家，累计…), each half the only one of its kind on the page, was
left out, never joined; and a page's editors' line with the page's number after it (…校对：王敏 2) ended an item
"inside a number", so the next item's number joined across a line break was excluded; a glued column ending on
digits whose next column opens with the number's unit and a mark (…外资62 | 亿美元，…) was not joined. Pages and
sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.repaired import side_by_side, swept

_RUNNING = "某某日报 2024年10月24日 星期四 第3版 要闻"
_LEAD = [
    ["本报讯（记者 王明）记者从市文旅局获悉，", "前三季度，全市接待游客2860万人次，同",
     "比增长9.6%；实现旅游收入312.5亿元，", "同比增长11.2%。其中，乡村旅游接待游"],
    ["客1260万人次，同比增长15.3%。", "市文旅局有关负责人表示，将继续丰富", "文旅产品供给，推动文旅消费提质扩容。",
     "甲县前三季度接待国内游客426万人次，增长12"],
]
_BRIEF = ["乙县新建城市公园8个", "本报讯 乙县今年新建城市公园8个，新增绿地面积26万平方米。"]


def _boxes(lines: list[str]) -> str:
    """Each line a box of its own, a blank line after each, as pdfminer prints a loosely set page."""
    return "".join(f"{line}\n\n" for line in lines)


def _quotes(extractor: Extractor, page: str) -> dict[str, str]:
    return {f["quote"]: f["sentence"] for f in _run(extractor, page, "2024-10-24", source="某某日报")}


def test_a_percent_tail_printed_apart_goes_on_from_the_only_line_cut_on_a_number(extractor: Extractor) -> None:
    """The lead's second column ends on 增长12 and its % was printed as a box of its own over the lead: the only
    line breaking off on digits and the only line opening with a number's tail, so they are one number (the sweep's
    own joins find this one already; the page's 12% of p09, among other items' swept lines, only `_unit_pairs`)."""
    page = _boxes([_RUNNING, "3", "前三季度全市旅游市场持续升温", "%。", *swept(_LEAD), *_BRIEF])
    got = _quotes(extractor, page)
    assert got["12%"] == "甲县前三季度接待国内游客426万人次，增长12%。"
    assert "26万平方米" in got


def test_two_lines_cut_on_a_number_and_one_tail_join_nothing(extractor: Extractor) -> None:
    """A second line breaking off on a number (…面积26 | 万平方米。) is a rival head for the tail: which goes on
    where, the lines cannot tell, so both numbers are left out, never read across."""
    brief = [_BRIEF[0], "本报讯 乙县今年新建城市公园8个，新增绿地面积26", "万平方米。"]
    got = _quotes(extractor, _boxes([_RUNNING, "3", "前三季度全市旅游市场持续升温", "%。", *swept(_LEAD), *brief]))
    assert not {"12", "12%", "26", "26万平方米"} & set(got)
    assert "426万人次" in got


def test_a_measure_word_tail_closed_by_a_mark_goes_on_from_the_only_cut_line(extractor: Extractor) -> None:
    """家，累计… opens a line with a measure word its clause ends on: no line of running text opens so, so it is the
    tail of the one line breaking off on digits (…青年驿站85), printed as a box over the lead."""
    lead = [_LEAD[0], [*_LEAD[1][:3], "全市今年新建青年驿站85"]]
    page = _boxes([_RUNNING, "3", "前三季度全市旅游市场持续升温", "家，累计为3.2万名求职大学生提供免费住宿。",
                   *swept(lead), *_BRIEF])
    got = _quotes(extractor, page)
    assert got["85家"] == "全市今年新建青年驿站85家，累计为3.2万名求职大学生提供免费住宿。"


def test_a_line_opening_with_a_word_not_closed_by_a_mark_is_no_tail(extractor: Extractor) -> None:
    """家庭医生… opens a paragraph of its own (no mark right after 家): no tail, and the cut number stays out."""
    lead = [_LEAD[0], [*_LEAD[1][:3], "全市今年新建青年驿站85"]]
    page = _boxes([_RUNNING, "3", "前三季度全市旅游市场持续升温", "家庭医生签约服务覆盖面持续扩大。",
                   *swept(lead), *_BRIEF])
    got = _quotes(extractor, page)
    assert not {"85", "85家"} & set(got)


def test_an_editors_line_with_the_page_number_ends_no_item_inside_a_number(extractor: Extractor) -> None:
    """责任编辑：… 校对：刘芳 2 ends the page's last item on a digit, the page's number: no number broke off there, so the
    next item's 约1.2 | 亿元 joined across a line break stands."""
    page = ("某某日报 2024年4月25日 星期四 第2版 经济\n\n甲县皮毛交易活跃\n\n本报讯 一季度，甲县皮毛交易额42.3亿元，"
            "同比增长6.5%。\n\n■联系电话：0318-2156803。\n责任编辑：郑红 版式：孙磊 校对：刘芳 2\n\n"
            "本报讯 乙县今年计划新建高标准农田6.8万亩，总投资约1.2\n亿元。\n")
    got = {f["quote"] for f in _run(extractor, page, "2024-04-25", source="某某日报")}
    assert "约1.2亿元" in got


def test_an_item_cut_inside_a_number_still_excludes_the_next_joined_tail(extractor: Extractor) -> None:
    """An item's last sentence that breaks off on a number (…护理型床位73, no page's editors before it) still keeps
    the next item's number joined across a line break out: its tail may be that one's."""
    page = ("某某日报 2024年4月25日 星期四 第2版 经济\n\n甲县皮毛交易活跃\n\n本报讯 一季度，甲县养老机构床位总数达到"
            "1260张，其中护理型床位73\n\n本报讯 乙县今年计划新建高标准农田6.8万亩，总投资约1.2\n亿元。\n")
    got = {f["quote"] for f in _run(extractor, page, "2024-04-25", source="某某日报")}
    assert "约1.2亿元" not in got


_GLUED = [
    ["  本报1月17日讯（记者 杨光）记者从市", "商务局获悉，2023年，全市外贸进出口", "总额达到8760亿元，同比增长5.2%；其",
     "中出口5120亿元，增长6.8%。", "  全年全市实际使用外资62"],
    ["亿美元，新增世界500强投资项目18个。", "  市商务局有关负责人表示，今年将继", "续稳外贸稳外资，力争全年外贸进出口",
     "总额增长5%以上。", ""],
]


def _glued_page(columns: list[list[str]]) -> str:
    return "某某日报 2024年1月18日 星期四 第3版 要闻\n\n全市外贸外资稳中有进\n\n" + side_by_side(columns, [0, 44])


def test_a_column_ending_on_digits_goes_on_into_a_top_opening_with_a_unit_and_a_mark(extractor: Extractor) -> None:
    """The first column ends on 外资62, the next opens with 亿美元，: a unit its clause ends on opens no item's line, so
    the column goes on there and 62亿美元 is read whole."""
    figs = {f["quote"]: f["sentence"] for f in _run(extractor, _glued_page(_GLUED), "2024-01-18", source="某某日报")}
    assert figs["62亿美元"] == "全年全市实际使用外资62亿美元，新增世界500强投资项目18个。"


def test_a_column_top_opening_with_a_word_of_its_own_takes_no_number(extractor: Extractor) -> None:
    """The next column opening with a word that goes on (个体工商户…, no mark after 个) may be another item's: the
    columns are not joined and the cut number stays out."""
    columns = [_GLUED[0], ["个体工商户达到12.6万户，同比增长8.1%。", *_GLUED[1][1:]]]
    figs = {f["quote"] for f in _run(extractor, _glued_page(columns), "2024-01-18", source="某某日报")}
    assert not {"62", "62个", "62亿美元"} & figs
    assert "12.6万户" in figs


def test_a_cut_after_a_magnitude_takes_its_measure_word_over_a_line_opening_with_a_date(extractor: Extractor) -> None:
    """…5G基站1.42万 | … | 个。: after its magnitude no digit goes on, so a caption opening with a date (9月12日，在…)
    is no rival half, and 个。 is the only tail: 1.42万个 is read whole, the caption's date kept."""
    lead = [_LEAD[0], [*_LEAD[1][:3], "截至9月底，全市累计建成5G基站1.42万"]]
    page = _boxes([_RUNNING, "3", "前三季度全市旅游市场持续升温", "个。", *swept(lead), *_BRIEF,
                   "9月12日，在甲县一处景区，游客正在游览。"])
    got = _quotes(extractor, page)
    assert got["1.42万个"] == "截至9月底，全市累计建成5G基站1.42万个。"
