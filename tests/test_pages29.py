"""What the blind pages p41 (聊城日报's 综合 page, read by plain pdftotext) and p42 (娄底日报's 县区 page, read by
pdfplumber) found: county items set side by side, whose columns the extractor reads one after the other (the first
item's first column, the second's, then the first's second column), so that a number cut at a column's foot
(…种植面积稳定在1. | 8万亩) had its tail read under the next item, as a figure of its own (8万亩, a wrong value).
Sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_numbers_tail_opening_the_next_items_block_is_no_figure(extractor: Extractor) -> None:
    """An item breaks off on a number's head (…面积稳定在2.), and a block of the next item opens with digits
    (6万亩，带动…, under a blank line): that is the cut number's tail, no figure. A block of the next item
    that opens with a number when no item broke off inside one is read as ever."""
    text = ("鄄城县牡丹产业提质\n\n郓城县技改投资增长\n\n本报讯（记者 刘某）前10个月，鄄城县牡丹产业实现综合产值21.4亿元，"
            "同比增长12.5%\n。全县牡丹种植面积稳定在2.\n\n本报讯（记者 赵某）前10个月，郓城县实施技改项目48个，完成技\n\n"
            "6万亩，带动农户增收。\n鄄城县计划到2027年牡丹产业综合产值突破30亿元。\n\n改投资19.6亿元，增长11.2%。\n")
    got = _got(_run(extractor, text, "2025-11-20", source="某某日报"))
    assert "6万亩" not in [q for q, in got]
    assert ("21.4亿元",) in got and ("48个",) in got and ("19.6亿元",) in got
    text = ("本报讯（记者 刘某）前10个月，鄄城县牡丹产业实现综合产值21.4亿元。\n\n"
            "本报讯（记者 赵某）前10个月，郓城县实施技改项目48个。\n\n6万亩牡丹进入盛花期。\n")
    got = _got(_run(extractor, text, "2025-11-20", source="某某日报"))
    assert ("6万亩",) in got


def test_two_headlines_read_one_over_the_other_stay_apart(extractor: Extractor) -> None:
    """Two items side by side: pdftotext reads the first headline, a blank line, the second (鄄城县…580张 |
    郓城县…1800个), each as narrow as the columns under it. Run on, the second's figure took the first's county and
    its beds; each headline is a paragraph of its own."""
    text = ("鄄城县新增养老床位580张\n\n郓城县开发公益性岗位1800个\n\n"
            "本报讯（记者 张某）今年以来，鄄城县新增养老床位580张。\n\n"
            "本报讯（记者 王某）今年，郓城县开发城乡公益性岗位1800个。\n")
    got = _got(_run(extractor, text, "2025-11-20", source="某某日报"), "place", "topic")
    assert got[:2] == [("580张", "鄄城县", "beds"), ("1800个", "郓城县", "jobs")]


def test_a_box_row_of_big_numbers_is_an_item_of_its_own(extractor: Extractor) -> None:
    """A 数说 box read a row at a time across two items side by side (pdfplumber): its name, then its big numbers on
    one line, then their labels. The row of numbers alone, no mark in it, reads as no headline (it took the county
    item's place before, on p42) but as the box's first entry: the box is an item of its own, placed by its name
    (全市), not the county item printed above it."""
    text = ("东平县新材料产业产值增长12.2% 宁阳县新签约项目18个\n"
            "本报讯（记者 谢某 通讯 工业企业达到126家。 本报讯（记者 李某）一 增经营主体2160户，同比增长\n"
            "员 彭某）一季度，东平县 东平县今年计划新增规 季度，宁阳县新签约招商项目 5.1%。\n"
            "新材料产业实现产值36.8亿元 上工业企业15家以上。 18个，合同引资52.4亿元；新\n"
            "，同比增长12.2%；全县规上\n"
            "数说一季度全市民生\n1.62万人 980张 24.5亿元 97.8%\n"
            "城镇新增就业 新增养老床位 民生支出 基本医保参保率\n图片新闻\n")
    figs = _run(extractor, text, "2026-04-16", source="泰安日报")
    box = [f for f in figs if f["quote"] in ("1.62万人", "980张", "24.5亿元", "97.8%")]
    assert [(f["quote"], f["place"]) for f in box] == [("1.62万人", "泰安市"), ("980张", "泰安市"), ("24.5亿元", "泰安市"),
                                                      ("97.8%", "泰安市")]
    item = next(f for f in figs if f["quote"] == "2160户")
    assert {f["article_id"] for f in box} != {item["article_id"]}
