"""What the pages p94, p98 and p100 of data/gold/pages still showed (pagesfix159), on tables and lines of our own.

A city paper's table of its districts under a bare 区 (区 养老服务驿站 养老机构床位 over 东城 58 3260) was left unread: a
place head of one character stood inside the caption's 县区 or 地区 where a caption runs into its head, so 区 was no
place head at all. It is one again; a reading that opens at the 区 inside a caption's 县区 reads the columns the
reading at 县区 does and is passed over for the head's own, and a title ending in a column's word over 地区 is cut at
地区, not at its 区.

A page of blocks between blank lines (pdfminer's) whose order reads best as printed lost a number cut at a block's
end (…其中，天然橡胶产量21.8) though the one block opening with its unit's tail alone (万吨，增长4.3%…) was printed
above it: such a pair is joined on that page too, and a line opening with digits before a word no unit ends (1至10月…,
a paragraph's span) or with a second point (3.1, a chart's value) no longer stands in its way as a rival tail."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_table_of_a_citys_districts_under_a_bare_qu_head(extractor: Extractor) -> None:
    """区 养老服务驿站 养老机构床位 under a caption and its unit note (单位：家、张), in a 北京 paper: each row a 区 by its
    short form (海淀, and 东城, a common word alone, the one 区 of that name inside 北京市), its stations and beds."""
    text = ("截至9月底，北京市共有养老机构560家。\n截至9月底部分区养老服务设施情况（单位：家、张）\n"
            "区 养老服务驿站 养老机构床位\n海淀 88 6120\n东城 52 3010\n")
    got = _got(_run(extractor, text, "2026-10-20"), "measure", "place", "period")
    assert got[1:] == [("88", "家", "海淀区", "2026-09"), ("6120", "张", "海淀区", "2026-09"),
                       ("52", "家", "东城区", "2026-09"), ("3010", "张", "东城区", "2026-09")]


def test_a_bare_qu_head_under_a_numbered_caption_ending_in_its_counties_word(extractor: Extractor) -> None:
    """表2 2025年各县区床位数 / 区 床位数（张）, the two lines joined: readings open at the caption's 县区 and at its 区
    (both with the columns 床位数 and 区床位数) before the head's own 区: the head is that one, one column, each
    district's beds."""
    text = "某市2025年卫生健康统计公报\n\n表2 2025年各县区床位数\n区 床位数（张）\n全市 9860\n岳麓区 2150\n"
    got = _got(_run(extractor, text, "2026-04-10"), "value", "measure", "period", "metric")
    assert got == [("9860", 9860, "张", "2025", "beds.total"), ("2150", 2150, "张", "2025", "beds.total")]


# a farm paper's first page as pdfminer prints it (a block a box, a blank line after each): the lead's column broken
# off on a number (…水果产量18.6) whose next column's first block (万吨，增长3.8%…) was printed above it, blocks that open
# with a span (1至9月…) and a chart's values a line between
_BLOCKS = [
    "云南农垦报 2026年10月15日 星期四 第1版 要闻", "1",
    "抓好秋季农业生产　稳住农业基本盘\n1至9月全省高原特色农业产值增长6.2%",
    "植面积达到82万亩。",
    "今年，全省力争高原特色农业产值增长7%左右，农民人均可支配收入增\n长6%以上。（下转第2版）",
    "万吨，增长3.8%；咖啡豆产量1.4万吨，增\n长4.6%。",
    "1至9月，全省农产品出口额36.5亿元\n，增长12.4%。9月份，全省冬季蔬菜种",
    "本报讯（记者 吴丽）10月14日，记\n者从省农业农村厅获悉，1至9月，全省\n高原特色农业实现产值862.5亿元，\n同比增长6.2%；"
    "其中，水果产量18.6",
    "1至9月部分州市水果产量　单位：万吨", "昆明水果产量居全省前列",
    "本报讯（记者 李华 通讯员 昆农）1至9月，昆明市水果产量4.2万吨，同比增\n长5.1%。",
    "3.3", "2.6", "1.8", "1.5", "4.2", "6", "4", "2", "0", "玉溪", "曲靖", "大理", "昆明", "红河"]


@pytest.mark.slow
def test_a_number_cut_at_a_blocks_end_goes_on_in_the_one_block_of_its_units_tail(extractor: Extractor) -> None:
    """…其中，水果产量18.6 and, printed above it, 万吨，增长3.8%；咖啡豆产量1.4万吨…: the page's blocks read best as
    printed (no sweep's stride), yet the line of a unit's tail alone opens no text and the one number cut at a block's
    end is its head: 18.6万吨, and the growth after it dated by the lead's 1至9月, not the year."""
    got = _got(_run(extractor, "\n\n".join(_BLOCKS) + "\n", "2026-10-15"), "value", "place", "period")
    assert ("18.6万吨", 186000, "云南省", "2026M01-M09") in got
    assert ("3.8%", 3.8, "云南省", "2026M01-M09") in got


@pytest.mark.slow
def test_a_second_block_opening_with_digits_and_a_unit_leaves_the_cut_number_out(extractor: Extractor) -> None:
    """… but where another block opens with digits and a unit closed by a mark (5万吨，…), either tail may be the cut
    number's (18.6万吨 or 18.65万吨): nothing is joined and the cut number is read as no figure."""
    blocks = [b.replace("昆明水果产量居全省前列", "5万吨，带动果农增收。") for b in _BLOCKS]
    got = [q for q, *_ in _got(_run(extractor, "\n\n".join(blocks) + "\n", "2026-10-15"))]
    assert "5万吨" in got and not any(q.startswith("18.6") for q in got)
