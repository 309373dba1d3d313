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
