"""What p40 of data/gold/pages showed (pagesfix28): a 民生 page pdfminer read with every line a box of its own, a
blank line after each, so a three-column lead comes out one line of each column at a time. A byline alone on the
lead's first line (本报讯（记者 甲 通讯员 乙）) ends on its bracket yet goes on in its column's next line; the headline's
block over a subhead set across the columns goes on into no column; the lead's third column ends two rows before
the others, so the sweep's last rows hold two lines; beside a two-column item a column of briefs (■…) runs on
alone. Pages and sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.repair.layout import repair
from stats.rules.rulefile import RuleSet
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.repaired import paragraphs, swept

_HEAD = ["某某日报 2026年3月12日 星期四 第7版 民生", "1",
         "稳就业惠民生扎实推进\n去年全市城镇新增就业8.6万人", "城镇调查失业率平均为4.6%　发放创业担保贷款12.4亿元"]
# the lead's columns: the third ends two rows before the others (its last line ends the lead)
_LEAD = [
    ["本报讯（记者 王明 通讯员 李华）", "记者9日从市人力社保局获悉，2025年，", "全市城镇新增就业8.6万人，完成年度目标",
     "任务的118.2%；全年城镇调查失业率平", "均为4.6%。", "全年帮扶失业人员再就业1.9万人，"],
    ["就业困难人员实现就业5200人；全市发放", "创业担保贷款12.4亿元，同比增长9.1%", "，扶持创业6300人，带动就业1.8万人。",
     "高校毕业生就业保持稳定。2025届高校", "毕业生总体就业率达到95.6%，比上届提", "高0.8个百分点。全市今年新建青年驿站36"],
    ["家，累计为5000名来甬求职大学生提供", "免费住宿。", "今年，全市计划新增城镇就业8万人以上",
     "，开发就业见习岗位6000个。"],
]
# a two-column item under its headline, and beside it a column of briefs printed first in each row
_ITEM = [
    ["本报讯（记者 周洁 通讯员 陈立）2025", "年，嘉兴市新增养老机构床位1860张，全市",
     "每千名老年人拥有养老机构床位数达到36.2", "张；新增托位4200个，每千人口拥有3岁以"],
    ["下婴幼儿托位数达到4.5个。", "嘉兴市今年计划新建老年助餐点120个", "，改造提升乡镇（街道）居家养老服务中", "心26家。"],
]
_BRIEFS = ["■衢州市2025年发放高龄津贴1.3", "8亿元，惠及老年人16.2万名。", "■截至去年底，舟山市建成社区",
           "嵌入式托育点142个。", "■温州市今年将新增公办养老机", "构床位900张。", "■宁波市城乡居民基础养老金月",
           "人均标准去年提高至380元。"]


def _boxes(lines: list[str]) -> str:
    """Each line a box of its own: a blank line after each, as pdfminer prints a loosely set page."""
    return "".join(f"{line}\n\n" for line in lines)


def _lead_page() -> str:
    return _boxes([*_HEAD, *swept(_LEAD)])


def _sidebar_page() -> str:
    rows = [[_BRIEFS[r], *(c[r] for c in _ITEM)] for r in range(4)]
    return _boxes(["某某日报 2026年3月12日 星期四 第7版 民生", "相关新闻", "嘉兴市“一老一小”服务扩面提质",
                   *(line for row in rows for line in row), *_BRIEFS[4:]])


def test_a_byline_alone_on_its_line_goes_on_in_its_columns_next_line(ruleset: RuleSet) -> None:
    """The dateline's line ends on the byline's bracket, yet the sentence goes on a stride on; the headline's block
    over a subhead set across the columns takes no column's line; where the third column ended two rows early, the
    second column's line breaking off goes on in the full line a row on (the stride one less), the first column's
    foot at the second column's top, and the first column's second paragraph is read right after its first."""
    pars = [p for p in paragraphs(ruleset.lexicon, _lead_page()) if p]
    first = ("本报讯（记者王明通讯员李华）记者9日从市人力社保局获悉，2025年，全市城镇新增就业8.6万人，"
             "完成年度目标任务的118.2%；全年城镇调查失业率平均为4.6%。")
    second = ("全年帮扶失业人员再就业1.9万人，就业困难人员实现就业5200人；全市发放创业担保贷款12.4亿元，"
              "同比增长9.1%，扶持创业6300人，带动就业1.8万人。")
    assert "稳就业惠民生扎实推进去年全市城镇新增就业8.6万人" in pars
    assert pars.index(first) + 1 == pars.index(second)
    assert any(p.startswith("高校毕业生就业保持稳定。2025届高校毕业生总体就业率达到95.6%，比上届提高0.8个百分点。")
               for p in pars)


def test_the_leads_figures_take_the_year_its_first_sentence_names(extractor: Extractor) -> None:
    """Read in column order, 1.9万人 and 12.4亿元 follow 2025年 (read out of order they followed the byline and took
    the paper's date); 36 of 36家, whose tail (家，…) the column's top a sweep away holds, is read whole: that tail and
    that cut are the only ones on the page (`Interleave._unit_pairs`, pagesfix)."""
    figs = _run(extractor, _lead_page(), "2026-03-12", source="某某日报")
    period = {f["quote"]: f["period"] for f in figs}
    for quote in ("8.6万人", "1.9万人", "5200人", "12.4亿元"):
        assert period[quote] == "2025", quote
    assert "36" not in period and period["36家"] == "2026"


def test_a_headline_over_a_row_of_items_and_a_comma_line_beside_a_column_of_briefs(ruleset: RuleSet) -> None:
    """A headline right above a row where two items open (a brief's bullet, a dateline) goes on into neither; the
    byline's line, its gaps keeping it from any column's width, goes on in its column's next line across
    2025 | 年; a line opening with a comma goes on from the line a stride back, though that line is wider than
    the briefs' column judged around it."""
    lex = ruleset.lexicon
    pars = [p for p in repair(_sidebar_page(), lex.article_start, lex.sentence_end, closing=lex.closing,
                              complete=lex.line_complete, alone=lex.running_head, heading=lex.heading,
                              clause_end=lex.clause_end, byline=lex.byline).text.split("\n") if p]
    assert "嘉兴市“一老一小”服务扩面提质" in pars
    assert any(p.startswith("本报讯（记者周洁通讯员陈立）2025年，嘉兴市新增养老机构床位1860张，") for p in pars)
    assert "嘉兴市今年计划新建老年助餐点120个，改造提升乡镇（街道）居家养老服务中心26家。" in pars


def test_a_byline_with_no_gaps_and_words_after_it_is_left_to_the_sweep(ruleset: RuleSet) -> None:
    """A dateline line whose byline has no gaps and whose sentence opens on it (本报讯（记者王海）1-5月，全市社会) is a
    column line like any other: the byline's rule does not send it a stride on, where another column's line may
    stand (a page's stride changes between items)."""
    lex = ruleset.lexicon
    assert lex.byline.match("（记者王海）") is not None
    cols = [["本报讯（记者王海）1-5月，全市社会", "消费品零售总额达到96.4亿元，同比", "增长6.2%。"],
            ["今年，全市计划新培育夜间消费街区", "6个，新增品牌首店20家以上，举办各", "类促消费活动80场。"]]
    pars = [p for p in paragraphs(lex, _boxes(["某某日报 2026年3月12日 星期四 第2版 要闻", *swept(cols)])) if p]
    assert not any("社会6个" in p or "社会个" in p for p in pars)
