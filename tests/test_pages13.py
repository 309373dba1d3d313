"""What the blind pages p23 and p24 of data/gold/pages found (a city daily's 要闻 page read back by
pdfplumber, a row at a time across the columns; a provincial daily's page read back by pdfminer, swept a
line at a time): a lead in three columns whose first column's last line goes on at the top of the second
while the next row holds two items' headlines side by side, paragraphs that a row printed before the
column's own next paragraph, and a percent mark at a column's top taken by a line that ends on no number.
Pages and sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.rules.rulefile import RuleSet
from tests.repaired import paragraphs, swept

# A lead in three columns printed a row at a time (pdfplumber; typeset with tests/pdfnews.py): the first
# column's last line (全年…5%左右) goes on at the top of the second (，保持在…), the second's (…新增5) at the
# top of the third (200人。); under the lead, two items' headlines side by side, read as one line
_LEAD_ROWS = [
    "城市日报 2025年1月16日 星期四 第2版 要闻 1",
    "去年全市城镇新增就业12.4万人",
    "城镇调查失业率稳定在5%左右",
    "本报讯（记者 刘明亮）记者15日从 ，保持在年度调控目标以内。 200人。",
    "市人力资源和社会保障局获悉，2024年， 去年，全市共发放创业担保贷款7.6 今年，全市将力争实现城镇新增就业",
    "全市城镇新增就业12.4万人，完成年度目 亿元，同比增长12.1%，扶持创业1.1万人 11万人以上，城镇调查失业率控制在5.5%",
    "标任务的108%；失业人员再就业3.1万人 ，带动就业2.9万人。 以内，开发城乡公益性岗位4000个。（下",
    "，就业困难人员实现就业1.02万人。 分区县看，甲乙区城镇新增就业1.5 转第4版）",
    "全年城镇调查失业率平均为5%左右 万人，丙丁区新增1.3万人，戊己市新增5",
    "让稳就业的成色更足 冰雪季旅游持续升温",
    "本报评论员 稳就业，更要在服务上见 本报讯（记者 王洋）元 元。",
    "就业是最基本的民生。稳 实效，让求职者少跑腿、让用 旦假期，全市接待游客126.8万 丁区中央大街元旦假期客",
    "住了就业，就稳住了千家万户 人单位招得到人。 人次，实现旅游收入约21.3亿 流量达到42万人次。",
    "的饭碗。",
    "责任编辑：李冰",
]


def test_a_columns_last_line_goes_on_at_the_next_columns_top_over_a_row_of_headlines(ruleset: RuleSet) -> None:
    """The first column's last line, its row's first piece, goes on at the top of the second column. The
    row under it holds the next items' two headlines, which the row reader puts together as one line as
    wide as a column, in the same place: that line, alone in its row under a row whose first line breaks
    off, could be the column's foot as well, and the two tied, so neither was joined. Before, 全年…5%左右
    stood alone after the lead and ，保持在年度调控目标以内。 opened a paragraph of its own."""
    pars = paragraphs(ruleset.lexicon, "\n".join(_LEAD_ROWS) + "\n")
    assert "全年城镇调查失业率平均为5%左右，保持在年度调控目标以内。" in pars, pars
    assert "让稳就业的成色更足冰雪季旅游持续升温" in pars, pars


def test_a_columns_paragraphs_come_in_column_order_not_in_the_order_the_rows_printed_them(
        ruleset: RuleSet) -> None:
    """Rows print the second column's first paragraph (去年，…) before the first column's last one
    (全年…, five rows down), and the third column's (今年，…) before the second's last (分区县看…): where a
    paragraph ends, the one that opens in the same place of the next row is the column's next and is read
    next. Before, they came in the rows' order: 今年… (this year's goals) before 分区县看… (last year's
    figures), whose time then was this year's."""
    pars = paragraphs(ruleset.lexicon, "\n".join(_LEAD_ROWS) + "\n")
    at: dict[str, int] = {}
    for k, p in enumerate(pars):
        at.setdefault(p[:4], k)
    assert at["本报讯（"] < at["全年城镇"] < at["去年，全"] < at["分区县看"] < at["今年，全"], pars
    assert "去年，全市共发放创业担保贷款7.6亿元，同比增长12.1%，扶持创业1.1万人，带动就业2.9万人。" in pars
    assert "分区县看，甲乙区城镇新增就业1.5万人，丙丁区新增1.3万人，戊己市新增5200人。" in pars


def test_a_percent_mark_at_a_columns_top_goes_on_from_no_line_that_ends_on_a_word(ruleset: RuleSet) -> None:
    """pdfminer sweeps an article's two columns a line at a time; the second column opens with the tail of
    the first column's last number (%。). A percent mark goes on from a number only: the dateline's first
    line (…今年), printed right before it, does not take it. Before, it read …今年%。 a paragraph."""
    c1 = ["本报甲县8月28日讯（记者 王静）今年", "以来，甲县枸杞种植面积稳定在15万亩，",
          "预计全年干果产量达到4.2万吨。目前，全", "县枸杞全产业链综合产值超过百亿元。", "上半年，乙市规模以上工业增加值",
          "同比增长8.4%，其中新材料产业增长16.2"]
    c2 = ["%。", "丙区今年计划新建设施农业大棚120", "0栋，带动农户户均增收8000元以上。", "丁县前7个月外贸进出口总值2.3亿元",
          "，增长31.5%。"]
    rows = ["城市日报 2024年8月29日 星期四 第5版 经济", "甲县枸杞产业产值超过百亿元", *swept([c1, c2]), "责任编辑：马丽"]
    pars = paragraphs(ruleset.lexicon, "\n\n".join(rows) + "\n")
    assert not any("今年%" in p for p in pars), pars
    assert "丙区今年计划新建设施农业大棚1200栋，带动农户户均增收8000元以上。" in pars, pars
