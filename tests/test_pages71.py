"""What the blind pages p71-p72 found (data/gold/pages: 衢州日报's 两会特刊 read by pdftotext's layout mode at a pitch
of 1.6 with its digits full width; 温州都市报's 城事 page read by pdfminer's boxes ordered by height only at 1.6 with
every twelfth line spaced out): an advert's price words and its offer's terms read as figures; a 数说 box whose title
names its year with no 年 dated by the page's month; an interview's question quoting the report's goal read as a
level; a 民生实事 task quoted as its project's title taken for a name; and a row of items swept a line at a time whose
first lines, a dateline and a byline with spaces between the names, were taken for running heads (spaced out), so
their sentences never went on. Sentences and pages invented, in the style of such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_an_adverts_prices_and_its_offers_terms_give_no_figure(extractor: Extractor) -> None:
    """到手价, 抢购价 and what the offer adds in the same sentence (最高补贴, 满…元再送…元), and 再送…元 cut from its
    spend by the layout, are what a buyer is asked to pay or given: none is a figure. The news item beside keeps its."""
    text = ("本报讯 今年全县新建口袋公园12个。\n"
            "洗衣机到手价1899元，电视机限时抢购价2599元；以旧换新最高补贴600元，满2000元再送150元礼品卡。\n"
            "活动期间再送100元购物券。\n")
    got = _got(_run(extractor, text, "2025-12-10", source="丽水日报"), "value")
    assert got == [("12个", 12)]


def test_a_policy_subsidy_and_a_voucher_news_keep_their_figures(extractor: Extractor) -> None:
    """A subsidy the news reports, with no shop's price word before it in its sentence, stays a figure."""
    got = _got(_run(extractor, "今年全省以旧换新每台最高补贴2000元，带动消费12亿元。", "2025-12-10"), "value")
    assert ("2000元", 2000) in got and ("12亿元", 1200000000) in got


def test_a_figures_box_titled_with_a_bare_year_dates_its_figures(extractor: Extractor) -> None:
    """数说2025 over a box on a page of January 2026: the box's figures are of 2025, not the page's month."""
    text = "数说2025\n\n全市地区生产总值1862.4亿元\n\n城镇新增就业3.6万人\n"
    got = _got(_run(extractor, text, "2026-01-28", source="丽水日报"), "period")
    assert ("1862.4亿元", "2025") in got and ("3.6万人", "2025") in got


def test_a_bare_year_elsewhere_still_dates_nothing(extractor: Extractor) -> None:
    """A number after other words (全市2025) is no box's title: the page's month stays."""
    got = _got(_run(extractor, "全市2025\n\n城镇新增就业3.6万人\n", "2026-01-28", source="丽水日报"), "period")
    assert got == [("3.6万人", "2026-01")]


def test_an_interviews_question_quoting_the_reports_goal_is_a_target(extractor: Extractor) -> None:
    """记者：报告提出今年新增养老床位800张，…: the report's goal for the year, though no mark follows 提出."""
    got = _got(_run(extractor, "记者：报告提出今年新增养老床位800张，您怎么看？", "2026-01-28"), "role", "period")
    assert got == [("800张", "target", "2026")]


def test_a_report_speaking_of_last_year_stays_a_level(extractor: Extractor) -> None:
    got = _got(_run(extractor, "报告提出去年全市新增养老床位800张。", "2026-01-28"), "role")
    assert got == [("800张", "level")]


def test_a_task_quoted_as_its_projects_title_is_its_goal(extractor: Extractor) -> None:
    """民生实事项目“新增公共停车泊位1.8万个”已超额完成: the quote is the task set, its number the goal, no name's
    numeral (as “支持企业40条” is)."""
    text = "今年全市民生实事项目“新增公共停车泊位1.8万个”已超额完成，落实“稳经济30条”。"
    got = _got(_run(extractor, text, "2025-12-10"), "value", "role")
    assert got == [("1.8万个", 18000, "target")]


_SWEPT = ("丽水日报 2025年11月20日 星期四 A05 县域\n\n龙泉1—10月新增家庭农场126家\n\n庆元1—10月游客增长12.5%\n\n"
          "缙云新建农村公路86公里\n\n"
          "本报讯（记者 王林 通讯员 赵一）1\n\n本报讯（记者 周敏 通讯员 钱二）1\n\n本报讯（记者 孙立 通讯员 李三）1\n\n"
          "—10月，龙泉市新增家庭农场126家，带动\n\n—10月，庆元县接待游客286万人次，同比增\n\n"
          "—10月，缙云县新建农村公路86公里，改造危\n\n"
          "农户增收，全市家庭农场总数达到1380家。\n\n长12.5%，实现旅游收入21.6亿元。\n\n"
          "桥12座，全县农村公路总里程达到2460公里。\n")


def test_a_swept_row_of_items_goes_on_from_each_datelines_byline_line(extractor: Extractor) -> None:
    """Three items side by side, swept a line at a time: each first line, its dateline and a byline whose names stand
    a space apart (（记者 王林 通讯员 赵一）1), is a column's line, not a running head spaced out: it goes on a stride
    on (1 | —10月), so each item's figures are of its own county and of the months from January."""
    got = _got(_run(extractor, _SWEPT, "2025-11-20", source="丽水日报"), "place", "period")
    body = got[3:]
    assert ("126家", "龙泉市", "2025M01-M10") in body
    assert ("286万人次", "庆元县", "2025M01-M10") in body
    assert ("21.6亿元", "庆元县", "2025M01-M10") in body
    assert ("2460公里", "缙云县", "2025M01-M10") in body


def test_a_running_head_spaced_out_is_still_no_column_line() -> None:
    """A running head's spaces stand outside brackets: it is still told from a column's line."""
    from stats.repair.interleave import _column_line

    assert not _column_line("丽水日报 2025年11月20日 星期四 A05", 18.0)
    assert _column_line("本报讯（记者 王林 通讯员 赵一）1", 18.0)
    assert _column_line("本报十堰讯（记者 李雪 通讯员", 18.0)
