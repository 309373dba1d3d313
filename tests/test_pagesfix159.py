"""What the pages p94, p98 and p100 of data/gold/pages still showed (pagesfix159), on tables and lines of our own.

A city paper's table of its districts under a bare 区 (区 养老服务驿站 养老机构床位 over 东城 58 3260) was left unread: a
place head of one character stood inside the caption's 县区 or 地区 where a caption runs into its head, so 区 was no
place head at all. It is one again; a reading that opens at the 区 inside a caption's 县区 reads the columns the
reading at 县区 does and is passed over for the head's own, and a title ending in a column's word over 地区 is cut at
地区, not at its 区."""

from __future__ import annotations

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
