"""Reading order on the blind pages of data/gold/pages (pages19): a column of briefs that pdftotext -layout
prints only on lines of its own beside an article's two columns. Pages invented, in the style of such pages."""

from __future__ import annotations

from stats.repair.layout import repair
from stats.rules.rulefile import RuleSet
from tests.repaired import paragraphs, swept

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


def _with_jumps(ruleset: RuleSet, page: str) -> list[str]:
    """The page's paragraphs as the pipeline repairs them: with the jumps to other pages that end articles."""
    lex = ruleset.lexicon
    return repair(page, lex.article_start, lex.sentence_end, closing=lex.closing, complete=lex.line_complete,
                  alone=lex.running_head, heading=lex.heading, unit_whole=lex.unit_whole, unit_open=lex.unit_open,
                  ends=lex.article_end).text.split("\n")


# a lead over three columns under a headline and its subhead, jumped to another page at the foot of its last
# column, then a row of two headlines (a commentary's, a jobs item's) over the next items' columns; a sweeping
# extractor prints the rows across, a blank line after each line
_LEAD = [["本报讯（记者 王明）记者从市医保局获", "悉，今年上半年，全市基本医疗保险参保",
          "人数达到312.6万人，参保率稳定在96%", "以上。截至6月底，全市医疗卫生机构床位"],
         ["总数达到2.6万张，每千人口医疗卫生机", "构床位数6.1张，比去年底增加900张。", "甲区今年新建社区卫生服务中心6个，乙",
          "县人民医院新院区投入使用，开放床"],
         ["位300张。", "市卫健委有关负责人表示，到2025年，", "全市每千人口床位数将达到6.5张，",
          "基层就诊率力争达到90%以上。（下转第2版）"]]
_NEXT = [["本报讯（记者 李红）记者", "从市人社局获悉，1-6月，", "全市城镇新增就业3.1万人，", "完成年度目标任务的55%。"],
         ["城镇调查失业率为5.1%，比", "上月下降0.1个百分点。"],
         ["养老服务关系千家万户，", "要从群众最关心的事情做", "起，把好事办实。"]]


def test_the_feet_of_a_jumped_leads_columns_go_on_at_the_next_columns_top_not_into_the_headlines_after(
        ruleset: RuleSet) -> None:
    """A lead jumped to another page fills its columns: the foot of the column before the jump's goes on at
    the next column's top (…开放床 | 位300张。), not a stride on into the next item's headline (…开放床 |
    上半年全市城镇新增就业3.1万人 before), and no foot of its row runs into a headline after the jump; the main
    headline over the subhead goes on into no column's top either."""
    page = ["市报 2024年7月12日 星期五 第3版 民生", "3", "全市医保参保率稳定在96%以上", "基层医疗机构床位增加900张",
            *swept(_LEAD), "关爱老人要从点滴做起", "上半年全市城镇新增就业3.1万人", "本报评论员", *swept(_NEXT)]
    pars = _with_jumps(ruleset, "\n\n".join(page) + "\n")
    assert "甲区今年新建社区卫生服务中心6个，乙县人民医院新院区投入使用，开放床位300张。" in pars
    assert "上半年全市城镇新增就业3.1万人" in pars
    assert "关爱老人要从点滴做起" in pars
    assert "全市医保参保率稳定在96%以上" in pars
