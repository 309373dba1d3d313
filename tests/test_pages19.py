"""Reading order on the blind pages of data/gold/pages (pages19): a column of briefs that pdftotext -layout
prints only on lines of its own beside an article's two columns. Pages invented, in the style of such pages."""

from __future__ import annotations

from stats.rules.rulefile import RuleSet
from tests.repaired import paragraphs

# an article over two columns, and beside it a column of briefs set at its own pitch: -layout prints the
# briefs' lines on lines of their own, past the end of every line of the article's second column
_BRIEFS_ALONE = [
    "甲市新增托育托位900个".ljust(63) + "城区简讯",
    "",
    " " * 65 + "■本报讯 1-6月，乙县新",
    "  本报讯（记者 李明）今年以来，甲市".ljust(38) + "张。",
    " " * 63 + "增经营主体2100户。",
    "新建普惠托育机构18家，新增托位900个，".ljust(41) + "丙区社区食堂每天为老年",
    " " * 65 + "■本报讯 截至6月底，丁县累",
    "全市托育机构床位总数达到312".ljust(38) + "人提供助餐服务约800人次。",
    " " * 63 + "计建成5G基站1800个。",
    " " * 65 + "■本报讯 戊县今年将新增城",
    " " * 63 + "镇就业2500人。",
]


def test_a_column_of_briefs_printed_on_lines_of_its_own_is_read_after_the_last_column(ruleset: RuleSet) -> None:
    """The briefs' lines, all set past the end of the article's second column, are a column of their own,
    read after it: not pieces of that column run into its lines (…达到312 | ■本报讯 … 乙县新 | 张。 read as one
    before). The number cut at the foot of the first column stays cut (no one can tell it goes on)."""
    pars = paragraphs(ruleset.lexicon, "\n".join(_BRIEFS_ALONE) + "\n")
    assert "■本报讯1-6月，乙县新增经营主体2100户。" in pars
    assert "■本报讯截至6月底，丁县累计建成5G基站1800个。" in pars
    assert "■本报讯戊县今年将新增城镇就业2500人。" in pars
    assert "丙区社区食堂每天为老年人提供助餐服务约800人次。" in pars
    assert not any("乙县" in p and "张" in p for p in pars)
